"""The loose-ends page: answers saved through the real form, the checklist with flags, refusals
that store nothing, and the count on the dashboard."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.test import Client
from django.utils import timezone

from secondround.core.loose_ends import employer_questions
from secondround.dayof.models import DayOf, Holiday, Reference


def form(**changes: str) -> dict[str, str]:
    data = {
        "notice_amount": "4",
        "notice_unit": "weeks",
        "commute_minutes": "40",
        "commute_mode": "by train",
        "route": "Train to Leeds, then walk",
        "documents": "Passport\nPortfolio",
        "right_to_work": "British citizen",
        "adjustments": "None needed",
        "duration_minutes": "60",
        "holidays-TOTAL_FORMS": "1",
        "holidays-INITIAL_FORMS": "0",
        "holidays-MIN_NUM_FORMS": "0",
        "holidays-MAX_NUM_FORMS": "20",
        "holidays-0-first_day": "2027-01-11",
        "holidays-0-last_day": "2027-01-15",
        "holidays-0-note": "Skiing",
        "references-TOTAL_FORMS": "1",
        "references-INITIAL_FORMS": "0",
        "references-MIN_NUM_FORMS": "0",
        "references-MAX_NUM_FORMS": "10",
        "references-0-name": "Ana Ruiz",
        "references-0-relationship": "My manager at Globex",
        "references-0-contact": "ana@example.com",
    }
    data.update(changes)
    return data


def test_it_saves_every_answer_and_shows_the_checklist(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(in_days=10)
    url = f"/interviews/{interview.pk}/loose-ends/"
    response = client_in.post(url, form(answer_working_pattern="Happy with 3 days in the office"))
    assert response.status_code == 302
    record = DayOf.objects.get(interview=interview)
    assert (record.notice_amount, record.notice_unit, record.commute_minutes) == (4, "weeks", 40)
    assert record.answers == {"working_pattern": "Happy with 3 days in the office"}
    assert Holiday.objects.get(interview=interview).note == "Skiing"
    assert Reference.objects.get(interview=interview).asked is False
    page = client_in.get(url).content.decode()
    assert "From " in page and "4 weeks from today" in page
    assert "Ask Ana Ruiz before you give their name." in page
    assert "Test the journey at the interview&#x27;s time" in page
    assert "Happy with 3 days in the office" in page
    assert "Passport, Portfolio" in page


def test_a_holiday_in_the_first_weeks_is_flagged(client_in: Client, make_interview: Any) -> None:
    interview = make_interview()
    url = f"/interviews/{interview.pk}/loose-ends/"
    # No notice: the start is the next working day, and a holiday a week from now is in week 1.
    today = timezone.localdate()
    data = form(
        notice_amount="0",
        **{
            "holidays-0-first_day": (today + timedelta(days=7)).isoformat(),
            "holidays-0-last_day": (today + timedelta(days=9)).isoformat(),
        },
    )
    client_in.post(url, data)
    assert "falls in your first 4 weeks" in client_in.get(url).content.decode()


def test_a_notice_period_of_99_years_is_refused_and_nothing_is_stored(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview()
    url = f"/interviews/{interview.pk}/loose-ends/"
    response = client_in.post(url, form(notice_amount="1188", notice_unit="months"))
    assert response.status_code == 200
    assert "A notice period of 1188 months is longer than any contract sets" in (
        response.content.decode()
    )
    assert not DayOf.objects.exists() and not Holiday.objects.exists()


def test_a_holiday_that_ends_before_it_starts_is_refused(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview()
    url = f"/interviews/{interview.pk}/loose-ends/"
    response = client_in.post(
        url, form(**{"holidays-0-first_day": "2027-01-15", "holidays-0-last_day": "2027-01-11"})
    )
    assert "The holiday ends (Mon 11 January 2027) before it starts" in response.content.decode()
    assert not DayOf.objects.exists() and not Holiday.objects.exists()


def test_a_date_that_is_not_a_date_is_refused(client_in: Client, make_interview: Any) -> None:
    interview = make_interview()
    response = client_in.post(
        f"/interviews/{interview.pk}/loose-ends/", form(**{"holidays-0-first_day": "next week"})
    )
    assert "Enter the first day as a date (YYYY-MM-DD)." in response.content.decode()
    assert not Holiday.objects.exists()


def test_user_text_is_escaped(client_in: Client, make_interview: Any) -> None:
    interview = make_interview()
    url = f"/interviews/{interview.pk}/loose-ends/"
    client_in.post(url, form(documents="<script>alert(1)</script>"))
    page = client_in.get(url).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_dashboard_counts_the_open_loose_ends(client_in: Client, make_interview: Any) -> None:
    interview = make_interview()
    page = client_in.get("/").content.decode()
    assert "Loose ends" in page
    detail = client_in.get(f"/interviews/{interview.pk}/").content.decode()
    total = 7 + len(employer_questions())
    assert f"{total} of {total} practical questions" in detail
