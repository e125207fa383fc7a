"""`secondround debrief --json` reads a doubt whose reaction is told as a sentence, with no arrow
("he said 'the test is stainless' and looked at clint", "he went 'hmm'", a wince on the next
line), keeps the reaction as evidence and words the concern as the candidate's gap before it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

NOTES = (
    "2nd stage, fab shop\n"
    "- i said i've done some TIG but mostly carbon. he said 'the test is stainless, 2 inch' "
    "and looked at clint.\n"
    "- 6 points on my licence. he went 'hmm'\n"
    "- i said i've never run a toolbox talk\n"
    'he kind of winced and said "it happens here every monday"\n'
    "- shop is 40 staff, 2 shifts\n"
)


def test_a_reaction_told_as_a_sentence_marks_the_doubt_before_it(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    concerns = debrief_json(NOTES)["concerns"]
    assert [c["text"] for c in concerns] == [
        "i said i've done some TIG but mostly carbon",
        "6 points on my licence",
        "i said i've never run a toolbox talk",
    ]
    assert concerns[0]["evidence"].endswith("and looked at clint")
    assert concerns[1]["evidence"].endswith("he went 'hmm'")
    assert concerns[2]["evidence"].endswith('"it happens here every monday"')


def test_a_fact_beside_them_stays_a_fact(debrief_json: Callable[[str], dict[str, Any]]) -> None:
    reading = debrief_json(NOTES)
    assert [f["evidence"] for f in reading["facts"]] == ["shop is 40 staff, 2 shifts"]
