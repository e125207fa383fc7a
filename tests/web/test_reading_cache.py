"""The job advert and notes are read once per interview, and again only when they change."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from secondround.planning.models import Reading
from secondround.services import readings

JOB = (
    "You will lead a team of six, coach them weekly and resolve conflicts between depots. "
    "You will prioritise competing deadlines under pressure. SQL and Excel essential."
)
NOTES = "- Priya (hiring mgr) asked whether I had managed a budget\n- promised to send my portfolio"


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Count the real readers' calls."""
    calls = {"job": 0, "notes": 0}
    real_job, real_notes = readings.analyse_job, readings.read_debrief

    def job(*args: Any, **kwargs: Any) -> Any:
        calls["job"] += 1
        return real_job(*args, **kwargs)

    def notes(*args: Any, **kwargs: Any) -> Any:
        calls["notes"] += 1
        return real_notes(*args, **kwargs)

    monkeypatch.setattr(readings, "analyse_job", job)
    monkeypatch.setattr(readings, "read_debrief", notes)
    return calls


def test_the_plan_page_reads_the_advert_and_notes_once(
    client_in: Client, make_interview: Any, counted: dict[str, int]
) -> None:
    interview = make_interview(job_description=JOB, notes=NOTES)
    first = client_in.get(f"/interviews/{interview.pk}/plan/").content.decode()
    second = client_in.get(f"/interviews/{interview.pk}/plan/").content.decode()
    client_in.get(f"/interviews/{interview.pk}/debrief/")
    client_in.post(f"/interviews/{interview.pk}/practice/", {"length": "3", "asked_by": ""})
    assert counted == {"job": 1, "notes": 1}
    assert first == second
    assert "Leadership" in first and "managed a budget" in first


def test_editing_the_advert_or_notes_reads_them_again(
    client_in: Client, make_interview: Any, counted: dict[str, int]
) -> None:
    interview = make_interview(job_description=JOB, notes=NOTES)
    client_in.get(f"/interviews/{interview.pk}/plan/")
    interview.job_description = "Excellent customer service: you will handle complaints calmly."
    interview.save()
    page = client_in.get(f"/interviews/{interview.pk}/plan/").content.decode()
    assert counted == {"job": 2, "notes": 1}
    assert "Customer focus" in page
    interview.notes = "- she asked why I left my last job"
    interview.save()
    debrief = client_in.get(f"/interviews/{interview.pk}/debrief/").content.decode()
    assert counted == {"job": 2, "notes": 2}
    assert "why I left my last job" in debrief and "managed a budget" not in debrief


def test_a_new_version_of_the_reader_reads_again(
    client_in: Client,
    make_interview: Any,
    counted: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    interview = make_interview(job_description=JOB, notes=NOTES)
    client_in.get(f"/interviews/{interview.pk}/plan/")
    monkeypatch.setattr(readings, "reader_version", lambda: "a newer reader")
    client_in.get(f"/interviews/{interview.pk}/plan/")
    assert counted == {"job": 2, "notes": 2}
    assert Reading.objects.filter(interview=interview).count() == 2


def test_deleting_an_interview_deletes_its_readings(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(job_description=JOB, notes=NOTES)
    client_in.get(f"/interviews/{interview.pk}/plan/")
    assert Reading.objects.filter(interview=interview).exists()
    client_in.post(f"/interviews/{interview.pk}/delete/")
    assert not Reading.objects.exists()
