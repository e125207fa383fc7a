"""A terminal dry run shows each answer's feedback as `secondround coach` does: one renderer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ANSWER = (
    "Last spring two of our biggest customers complained that deliveries arrived late.\n"
    "I pulled six weeks of route data into Excel and changed the loading order.\n"
    "Within three weeks late deliveries fell from 18% to 4% and both customers renewed.\n"
)


def test_the_dry_run_feedback_has_the_coach_reports_parts(
    cli: Callable[..., Any], make_interview: Any
) -> None:
    interview = make_interview()
    done = cli("practice", str(interview.pk), "--length", "3", stdin=(ANSWER + ".\n").encode())
    assert done.code == 0, done.err
    coached = cli("coach", "-", stdin=ANSWER.encode())
    assert coached.code == 0, coached.err
    for part in ("Overall", "Parts:", "Length:", "Structure", "Specificity"):
        assert part in coached.out
        assert part in done.out
    # The dry run asks the follow-up itself, so the report does not announce it.
    assert "An interviewer would ask" not in done.out
