"""`secondround debrief --json` finds a concern in every shape the interviewer shows one: the
doubt in one sentence and the reaction in a later one, the candidate's guess after it, the
interviewer's own words alone, a doubt stated outright and a push. Each is worded as the doubt,
never the reaction, with the reaction kept in its evidence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

NOTES = (
    "stage 1, video call w/ Priya Raman (ops lead)\n"
    "- Priya asked how I plan a week of site visits. I said I keep it in my head. "
    "She looked not satisfied.\n"
    "- Omar asked about my French. I told him it's rusty. "
    "I think he is worried about the calls to Lyon.\n"
    "- team is 9 engineers, 2 on nights\n"
    "- they're worried i've only done agency shifts\n"
    "- pay is 41k + van\n"
    "- kept coming back to my eight month gap\n"
    "- parking is round the back\n"
    '- he said "you\'d be learning the freight side from scratch"\n'
)
REACTIONS = ("looked not satisfied", "I think he is worried")


def test_the_sentences_before_a_reaction_are_the_worry(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    plan, french = debrief_json(NOTES)["concerns"][:2]
    assert plan["text"] == "Priya asked how I plan a week of site visits"
    assert plan["evidence"] == (
        "Priya asked how I plan a week of site visits. I said I keep it in my head. "
        "She looked not satisfied"
    )
    assert plan["competency"] == "organisation"
    # The candidate's guess names what the doubt is about, after the subject they raised.
    assert french["text"] == "Omar asked about my French — the calls to Lyon"
    assert french["evidence"].endswith("I think he is worried about the calls to Lyon")
    for concern in (plan, french):
        assert not any(r in concern["text"] for r in REACTIONS)
        assert NOTES[concern["start"] : concern["end"]] == concern["evidence"]


def test_a_doubt_stated_outright_a_push_and_their_words_alone_are_concerns(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    texts = [c["text"] for c in debrief_json(NOTES)["concerns"][2:]]
    assert texts == [
        "they're worried i've only done agency shifts",
        "kept coming back to my eight month gap",
        'he said "you\'d be learning the freight side from scratch"',
    ]


def test_the_facts_between_the_concerns_stay_facts(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    reading = debrief_json(NOTES)
    facts = [f["evidence"] for f in reading["facts"]]
    assert "team is 9 engineers, 2 on nights" in facts
    assert "pay is 41k + van" in facts
    concerned = " ".join(c["evidence"] for c in reading["concerns"])
    assert "41k" not in concerned and "9 engineers" not in concerned
