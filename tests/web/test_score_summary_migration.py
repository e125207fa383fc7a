"""Dry runs stored before answers kept a score summary get one when the database is upgraded."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from secondround.practice.models import PracticeSession
from secondround.services import practice

BEFORE = [("practice", "0001_initial")]
PLAN = [
    {"id": "q1", "text": "Tell me about a time you led a team.", "competency": "leadership"},
    {"id": "q2", "text": "Why this company?", "kind": "motivation"},
]


def feedback(overall: int, probe: str | None = None) -> dict[str, object]:
    return {"scores": {"overall": overall, "result": overall - 10}, "probe": probe, "remarks": []}


@pytest.mark.django_db(transaction=True)
def test_the_upgrade_fills_scores_probes_and_each_dry_runs_summary() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    owner = old.get_model("auth", "User").objects.create(username="local")
    interview = old.get_model("interviews", "Interview").objects.create(
        owner=owner, company="Northwind", role="Analyst"
    )
    session = old.get_model("practice", "PracticeSession").objects.create(
        owner=owner, interview=interview, plan=PLAN
    )
    Answer = old.get_model("practice", "PracticeAnswer")
    rows = [
        (0, False, feedback(60, "And what was the result?")),
        (0, True, feedback(82)),
        (1, False, feedback(70)),
    ]
    for position, is_probe, verdict in rows:
        Answer.objects.create(
            session=session,
            position=position,
            is_probe=is_probe,
            prompt="q",
            text="An answer.",
            feedback=verdict,
            overall=verdict["scores"]["overall"],  # type: ignore[index]
        )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    upgraded = PracticeSession.objects.get(pk=session.pk)
    first = upgraded.answers.get(position=0, is_probe=False)
    assert first.probe == "And what was the result?"
    assert first.scores == {"overall": 60, "result": 50}
    assert first.competency == "leadership"
    assert upgraded.answers.get(position=1).competency == ""
    assert upgraded.overall == 76  # (82 with the follow-up + 70) / 2
    assert upgraded.scores.first_overall == 65
    assert upgraded.scores.by_competency == {"leadership": 82, "motivation": 70}
    report = practice.report(upgraded)
    assert report.overall is not None and report.overall.with_follow_up == upgraded.overall
    assert practice.next_step(upgraded) is None  # the follow-up was answered
