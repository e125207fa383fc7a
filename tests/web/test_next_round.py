"""After round 2, "Start round 3" carries the job, the people and the notes of how it went."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.test import Client

from secondround.dayof.models import DayOf, Holiday, PersonFollowUp, Reference
from secondround.interviews.models import Interview, Status


def test_the_next_round_starts_from_this_rounds_notes(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(
        round=2,
        in_days=-1,
        job_description="Lead a team of six.",
        notes="Round 1: team of 6, 3 days in office.",
        people=[("Priya Shah", "line_manager")],
    )
    PersonFollowUp.objects.create(
        person=interview.people.get(),
        how_it_went="She asked whether I had managed a budget; wants to see my portfolio.",
    )
    response = client_in.post(f"/interviews/{interview.pk}/next-round/")
    following = Interview.objects.exclude(pk=interview.pk).get()
    assert response.status_code == 302
    assert response["Location"] == f"/interviews/{following.pk}/edit/"
    assert following.round == 3 and following.starts_at is None
    assert following.job_description == "Lead a team of six."
    assert following.notes.startswith("Round 1: team of 6, 3 days in office.\n\nRound 2 (")
    assert "- Priya Shah (Line manager): She asked whether I had managed a budget" in (
        following.notes
    )
    assert [p.name for p in following.people.all()] == ["Priya Shah"]
    interview.refresh_from_db()
    assert interview.status == Status.DONE
    # The debrief of round 3 reads the concern raised in round 2.
    debrief = client_in.get(f"/interviews/{following.pk}/debrief/").content.decode()
    assert "managed a budget" in debrief


def test_it_only_answers_a_post(client_in: Client, make_interview: Any) -> None:
    interview = make_interview()
    assert client_in.get(f"/interviews/{interview.pk}/next-round/").status_code == 405
    assert Interview.objects.count() == 1


def test_the_next_round_keeps_the_candidates_loose_ends(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(in_days=-1, people=[("Priya Shah", "line_manager")])
    DayOf.objects.create(
        interview=interview,
        notice_amount=3,
        notice_unit="months",
        journey_tested=True,
        thank_you_body="Dear Priya",
        thank_you_sent=True,
    )
    Holiday.objects.create(
        interview=interview, first_day=date(2027, 2, 1), last_day=date(2027, 2, 5), note="Ski"
    )
    Reference.objects.create(interview=interview, name="Ana Ruiz", asked=True)
    client_in.post(f"/interviews/{interview.pk}/next-round/")
    following = Interview.objects.exclude(pk=interview.pk).get()
    record = DayOf.objects.get(interview=following)
    assert (record.notice_amount, record.notice_unit) == (3, "months")
    # A new round means a new thank-you, and the journey to test at its own time.
    assert (record.thank_you_body, record.thank_you_sent, record.journey_tested) == (
        "",
        False,
        False,
    )
    assert [h.note for h in following.holidays.all()] == ["Ski"]
    assert [(r.name, r.asked) for r in following.references.all()] == [("Ana Ruiz", True)]
    assert Holiday.objects.count() == Reference.objects.count() == 2
