"""An imported dry run shows the same scores on the progress page as in its report."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.contrib.auth.models import User

from secondround.interviews.models import Interview
from secondround.practice.models import PracticeSession
from secondround.services import practice

NO_RESULT = (
    "Last year our depot kept missing delivery slots for a big retailer. I went through the route "
    "sheets with the planners and I changed the order the vans were loaded."
)
RESULT = "As a result, missed slots fell from twelve a week to two, and the retailer renewed."


def test_import_stores_each_dry_runs_scores_and_probes(
    cli: Callable[..., Any], user: User, make_interview: Any, tmp_path: Path
) -> None:
    interview = make_interview(job_description="Lead a team and resolve conflicts.")
    session = practice.start_session(user, interview, 3)
    practice.record_answer(session, 0, False, NO_RESULT, None)
    practice.record_answer(session, 0, True, RESULT, None)
    practice.record_answer(session, 1, False, NO_RESULT, None)
    expected = practice.report(session)
    backup = tmp_path / "backup.json"
    assert cli("export", str(backup)).code == 0
    Interview.objects.all().delete()

    assert cli("import", str(backup)).code == 0
    imported = PracticeSession.objects.get(
        uuid=json.loads(backup.read_text())["practice_sessions"][0]["uuid"]
    )
    assert expected.overall is not None
    assert imported.overall == expected.overall.with_follow_up
    assert imported.scores.first_overall == expected.first_overall == expected.overall.first
    assert imported.scores.by_competency == {
        key: pair.with_follow_up
        for key, pair in {**expected.by_competency, **expected.by_kind}.items()
    }
    step = practice.next_step(imported)
    assert (
        step is not None
        and step.position == 1
        and step.is_probe == bool(imported.answers.get(position=1).probe)
    )
