"""`secondround debrief --json` gives one concern per doubt: a doubt told over several sentences
of one line (their question, the candidate's answer, their push, the candidate's reading of it)
is one concern spanning them all, worded as the doubt; a new line, or a sentence opening a point
of its own ("she also asked ..."), is a doubt of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

NOTES = (
    "round 1, shift lead at the Fenwick depot, call w/ Dev Okoro (ops mgr, i'd report to him)\n"
    "- Dev asked if i've ever run a shift on my own. told him only with a supervisor in. "
    "he asked again, same question. i think he worries i can't hand work out\n"
    "- site has 40 pickers over 2 shifts\n"
    "- asked about my forklift licence, i've only got counterbalance -> he wrote it down\n"
    "- Marta asked how i'd handle a late trailer. i said i'd ring the haulier -> she nodded. "
    "she also asked about my rota software, i've never used one -> she went quiet\n"
)


def test_the_sentences_of_one_doubt_are_one_concern(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    concerns = debrief_json(NOTES)["concerns"]
    first = concerns[0]
    assert first["evidence"].startswith("Dev asked if i've ever run a shift on my own")
    assert first["evidence"].endswith("i think he worries i can't hand work out")
    assert NOTES[first["start"] : first["end"]] == first["evidence"]
    assert first["text"].startswith("Dev asked if i've ever run a shift on my own")


def test_a_new_line_or_a_new_point_is_a_doubt_of_its_own(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    evidence = [c["evidence"] for c in debrief_json(NOTES)["concerns"]]
    assert len(evidence) == 3
    assert evidence[1].startswith("asked about my forklift licence")
    assert evidence[2].startswith("she also asked about my rota software")
    assert not any("40 pickers" in e for e in evidence)
