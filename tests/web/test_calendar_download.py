"""The calendar download: a valid .ics parsed back, or one sentence when there is no date."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from secondround.dayof.models import DayOf, PersonFollowUp
from secondround.interviews.models import Person


def test_it_downloads_the_interview_practice_and_reminder(
    client_in: Client, make_interview: Any
) -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    start = (
        (timezone.now() + timedelta(days=6))
        .astimezone(tokyo)
        .replace(hour=11, minute=0, second=0, microsecond=0)
    )
    interview = make_interview(timezone="Asia/Tokyo", place="Shibuya office")
    interview.starts_at = start
    interview.save()
    person = Person.objects.create(interview=interview, name="Kenji Sato", role="line_manager")
    PersonFollowUp.objects.create(person=person, email="kenji@example.com")
    DayOf.objects.create(interview=interview, duration_minutes=45)
    response = client_in.get(f"/interviews/{interview.pk}/calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].endswith('-round-2.ics"')
    cal = Calendar.from_ical(response.content)
    events = cal.walk("VEVENT")
    first = events[0]
    assert first.decoded("dtstart") == start
    assert str(first.decoded("dtstart").tzinfo) == "Asia/Tokyo"
    assert first.decoded("dtend") - start == timedelta(minutes=45)
    assert str(first["location"]) == "Shibuya office"
    assert str(first["attendee"]) == "mailto:kenji@example.com"
    practice = [e for e in events if str(e["summary"]).startswith("Practise")]
    assert 3 <= len(practice) <= 4
    assert all(e.decoded("dtend") <= start for e in practice)
    assert all(8 <= e.decoded("dtstart").astimezone(tokyo).hour < 21 for e in practice)
    reminder = events[-1]
    assert "thank-you" in str(reminder["summary"])
    assert reminder.decoded("dtstart") == start + timedelta(minutes=45, hours=2)


def test_without_a_date_it_says_so_and_offers_no_file(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(company="Undated Co", in_days=None)
    response = client_in.get(f"/interviews/{interview.pk}/calendar.ics", follow=True)
    assert response["Content-Type"].startswith("text/html")
    assert (
        "Undated Co has no date yet; add the date and time before making a calendar."
        in response.content.decode()
    )


def test_a_past_interview_has_no_practice_sessions_left(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(in_days=-1)
    cal = Calendar.from_ical(client_in.get(f"/interviews/{interview.pk}/calendar.ics").content)
    summaries = [str(e["summary"]) for e in cal.walk("VEVENT")]
    assert not any(s.startswith("Practise") for s in summaries)
    assert len(summaries) == 2


def test_now_is_used_for_the_stamp(client_in: Client, make_interview: Any) -> None:
    interview = make_interview()
    before = datetime.now(ZoneInfo("UTC")).replace(microsecond=0)
    cal = Calendar.from_ical(client_in.get(f"/interviews/{interview.pk}/calendar.ics").content)
    assert cal.walk("VEVENT")[0].decoded("dtstamp") >= before


def test_practice_never_lands_on_another_interview(client_in: Client, make_interview: Any) -> None:
    london = ZoneInfo("Europe/London")
    day = (timezone.now() + timedelta(days=5)).astimezone(london)
    start = day.replace(hour=14, minute=0, second=0, microsecond=0)
    first = make_interview(company="First Co", timezone="Europe/London")
    first.starts_at = start
    first.save()
    # The second interview, at the same hour the day after, would practise at 14:00 on the
    # day of the first.
    second = make_interview(company="Second Co", timezone="Europe/London")
    second.starts_at = start + timedelta(days=1)
    second.save()
    cal = Calendar.from_ical(client_in.get(f"/interviews/{second.pk}/calendar.ics").content)
    practice = [e for e in cal.walk("VEVENT") if str(e["summary"]).startswith("Practise")]
    first_end = start + timedelta(hours=1)
    assert practice
    for event in practice:
        begins, ends = event.decoded("dtstart"), event.decoded("dtend")
        assert not (begins < first_end and start < ends), begins
