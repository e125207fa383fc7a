"""`secondround debrief --json` reads a list under a heading of their doubts ("WOBBLES",
"Concerns (theirs)", "Their worry") as concerns, not one under the candidate's own ("Worries
(mine)"), and files no concern for a doubt they let go ("not a wobble: ... 'doesn't matter at
all'", "... so ok")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

NOTES = (
    "Site QS, 1st round w/ Lena Brook\n"
    "\n"
    "WOBBLES\n"
    "- my valuations are all on small jobs, under 2m\n"
    "- not a wobble: asked about my part-time degree, lena said it doesn't matter at all\n"
    "\n"
    "Concerns (theirs)\n"
    "- think they want someone with more time on site\n"
    "\n"
    "Their worry\n"
    "- my temporary works experience is thin\n"
    "\n"
    "Worries (mine)\n"
    "- the commute from Hexham is long\n"
    "\n"
    "- Lena asked about adjudication, i've not done one. she said we can coach that, so ok\n"
)


def test_a_list_under_a_heading_of_their_doubts_is_concerns(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    evidence = [c["evidence"] for c in debrief_json(NOTES)["concerns"]]
    assert evidence == [
        "my valuations are all on small jobs, under 2m",
        "think they want someone with more time on site",
        "my temporary works experience is thin",
    ]


def test_a_doubt_let_go_and_the_candidates_own_worry_are_no_concerns(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    texts = " ".join(c["evidence"] for c in debrief_json(NOTES)["concerns"])
    assert "degree" not in texts
    assert "Hexham" not in texts
    assert "adjudication" not in texts
