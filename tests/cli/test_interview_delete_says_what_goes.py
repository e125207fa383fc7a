"""`secondround interview delete` says what goes with the interview."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def test_it_names_the_dry_runs_and_people_deleted_with_it(
    cli: Callable[..., Any], make_interview: Any, user: Any
) -> None:
    from secondround.services import practice

    interview = make_interview(people=[("Ann Bell", "hr")])
    session = practice.start_session(user, interview, 3)
    practice.record_answer(session, 0, False, "I ran the budget review and cut costs by 8%.", 40)
    done = cli("interview", "delete", str(interview.pk), "--yes")
    assert done.code == 0, done.err
    said = " ".join(done.out.split())
    assert "1 person you will meet" in said
    assert "1 dry run with 1 answer and their feedback and reports" in said
