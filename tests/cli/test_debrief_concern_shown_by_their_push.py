"""`secondround debrief --json` reads a doubt shown only by their push, a follow-up question
quoted ("'and if the client won't pay?'"), as a concern; a quoted remark that asks nothing is
not one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

NOTES = (
    "print shop estimator, round 1 w/ Greta\n"
    "- Greta asked how i'd price a rush job, i said the same as usual. "
    "she said 'and if the client won't pay the rush rate?'\n"
    "- shop runs two Heidelberg presses\n"
    "- she said 'we close at 6 on fridays'\n"
)


def test_a_quoted_push_is_a_concern(debrief_json: Callable[[str], dict[str, Any]]) -> None:
    concerns = debrief_json(NOTES)["concerns"]
    assert len(concerns) == 1
    assert concerns[0]["evidence"].endswith("'and if the client won't pay the rush rate?'")
    assert "rush job" in concerns[0]["text"]
