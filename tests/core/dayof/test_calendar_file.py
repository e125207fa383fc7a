"""The .ics file parsed back: the interview in its own time zone with place and people, the
practice sessions, and the thank-you reminder two hours after the interview ends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from secondround.core.calendar import (
    Attendee,
    CalendarError,
    CalendarInterview,
    calendar_file,
    practice_slots,
)

NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
INTERVIEW = CalendarInterview(
    uid="0b7c",
    company="Northwind",
    role="Operations analyst",
    round=2,
    start=datetime(2026, 12, 8, 15, 0, tzinfo=NEW_YORK),
    duration=timedelta(minutes=90),
    timezone="America/New_York",
    place="350 5th Ave, New York",
    format="On site",
    people=[Attendee("Priya Shah", "Line manager", "priya@example.com"), Attendee("Tom Lee", "HR")],
    commute_minutes=35,
    focus=["Teamwork", "Time management"],
)


def _parsed() -> Calendar:
    raw = calendar_file(INTERVIEW, practice_slots(NOW, INTERVIEW), NOW)
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    return Calendar.from_ical(raw)


def test_the_interview_is_in_its_own_time_zone_with_place_and_people() -> None:
    cal = _parsed()
    assert [tz["tzid"] for tz in cal.walk("VTIMEZONE")] == ["America/New_York"]
    event = cal.walk("VEVENT")[0]
    start = event.decoded("dtstart")
    assert start == INTERVIEW.start and str(start.tzinfo) == "America/New_York"
    assert event.decoded("dtend") - start == timedelta(minutes=90)
    assert str(event["location"]) == "350 5th Ave, New York"
    assert "Priya Shah (Line manager); Tom Lee (HR)" in str(event["description"])
    attendee = event["attendee"]
    assert str(attendee) == "mailto:priya@example.com"
    assert attendee.params["cn"] == "Priya Shah"
    triggers = [alarm.decoded("trigger") for alarm in event.walk("VALARM")]
    # A day before, and when to leave: the 35-minute journey plus a quarter of an hour.
    assert triggers == [timedelta(days=-1), timedelta(minutes=-50)]


def test_practice_sessions_come_before_the_interview() -> None:
    events = _parsed().walk("VEVENT")
    practice = [e for e in events if str(e["summary"]).startswith("Practise")]
    assert len(practice) == 4
    assert all(e.decoded("dtend") <= INTERVIEW.start for e in practice)
    assert "Focus on: Teamwork, Time management." in str(practice[0]["description"])


def test_the_thank_you_reminder_is_two_hours_after_the_end() -> None:
    event = _parsed().walk("VEVENT")[-1]
    assert str(event["summary"]) == "Send the thank-you email to Priya Shah, Tom Lee"
    assert event.decoded("dtstart") == INTERVIEW.start + timedelta(minutes=90, hours=2)


def test_every_event_has_a_stable_uid_and_a_stamp() -> None:
    events = _parsed().walk("VEVENT")
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == len(uids) == 6
    assert uids[0] == "0b7c-interview@secondround"
    assert all(e.decoded("dtstamp") == NOW for e in events)
    again = Calendar.from_ical(calendar_file(INTERVIEW, [], NOW + timedelta(days=1)))
    assert str(again.walk("VEVENT")[0]["uid"]) == uids[0]


def test_a_naive_time_is_refused() -> None:
    naive = CalendarInterview(
        uid="x",
        company="A",
        role="B",
        round=2,
        start=datetime(2026, 12, 8, 15, 0),
        duration=timedelta(hours=1),
        timezone="UTC",
    )
    with pytest.raises(CalendarError):
        calendar_file(naive, [], NOW)
