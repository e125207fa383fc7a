from __future__ import annotations

from datetime import UTC, datetime, timedelta

from secondround.core.readiness import WorkspaceFacts, readiness, unprepared
from secondround.core.timing import countdown

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def test_countdown_reads_like_a_person() -> None:
    assert countdown(NOW, NOW + timedelta(days=3, hours=4)) == "in 3 days"
    assert countdown(NOW, NOW + timedelta(days=1, hours=2)) == "in 1 day, 2 hours"
    assert countdown(NOW, NOW + timedelta(hours=5, minutes=1)) == "in 5 hours, 1 minute"
    assert countdown(NOW, NOW + timedelta(minutes=20)) == "in 20 minutes"
    assert countdown(NOW, NOW - timedelta(days=2)) == "2 days ago"
    assert countdown(NOW, NOW + timedelta(seconds=20)) == "now"


def test_a_first_round_does_not_ask_for_earlier_notes() -> None:
    facts = WorkspaceFacts(
        has_date=True, job_description_words=200, notes_words=0, people=1, round=1
    )
    assert [item.key for item in readiness(facts)] == ["date", "job_description", "people"]
    assert unprepared(facts) == []


def test_a_thin_job_ad_still_counts_as_unprepared() -> None:
    facts = WorkspaceFacts(
        has_date=False, job_description_words=12, notes_words=5, people=0, round=2
    )
    assert [item.key for item in unprepared(facts)] == ["date", "job_description", "people"]


def test_a_dry_run_is_on_the_checklist_until_one_is_finished() -> None:
    facts = WorkspaceFacts(
        has_date=True, job_description_words=300, notes_words=0, people=1, round=1, dry_runs=0
    )
    assert [item.key for item in unprepared(facts)] == ["dry_run"]
    done = WorkspaceFacts(
        has_date=True, job_description_words=300, notes_words=0, people=1, round=1, dry_runs=2
    )
    assert unprepared(done) == []
