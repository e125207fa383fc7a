"""`interview list --json` says what is still unprepared for past interviews as well as for
upcoming ones (the dashboard lists past ones by name and date only)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.practice.models import PracticeSession, SessionStatus

JOB = "Team leader. Lead a team of six. Essential: leadership and clear communication. " * 4


def test_past_interviews_keep_their_unprepared_items(
    cli: Callable[..., Any], make_interview: Any, user: Any
) -> None:
    coming = make_interview(company="Coming", in_days=3)
    gone = make_interview(company="Gone", in_days=-3, job_description=JOB)
    PracticeSession.objects.create(
        owner=user, interview=gone, plan=[], status=SessionStatus.IN_PROGRESS
    )
    listed = cli("interview", "list", "--json")
    assert listed.code == 0, listed.err
    rows = {row["id"]: row for row in json.loads(listed.out)}
    assert rows[coming.pk]["upcoming"] is True
    assert "job_description" in rows[coming.pk]["unprepared"]
    past = rows[gone.pk]
    assert past["upcoming"] is False
    assert "job_description" not in past["unprepared"]
    assert {"people", "unfinished_dry_run", "dry_run"} <= set(past["unprepared"])
    # The table still lists it as past, without working out its checklist there.
    table = cli("interview", "list")
    assert "Gone" in table.out and "past" in table.out
