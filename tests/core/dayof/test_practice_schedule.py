"""Practice sessions: spread over the days before the interview, in waking hours, never
overlapping each other or the interview, never in the past."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from secondround.core.calendar import CalendarInterview, Slot, practice_slots

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _interview(start: datetime) -> CalendarInterview:
    return CalendarInterview(
        uid="u",
        company="Northwind",
        role="Analyst",
        round=2,
        start=start,
        duration=timedelta(hours=1),
        timezone="Europe/London",
    )


def test_four_sessions_spread_over_the_days_before_ending_on_the_eve() -> None:
    interview = _interview(datetime(2026, 12, 10, 14, 30, tzinfo=LONDON))
    slots = practice_slots(NOW, interview)
    days = [s.start.date().day for s in slots]
    assert days == [1, 4, 6, 9]
    assert all(s.start.time() == time(14, 30) for s in slots)
    assert all(s.end - s.start == timedelta(minutes=45) for s in slots)
    assert all(s.end <= interview.start for s in slots)


def test_sessions_never_overlap() -> None:
    slots = practice_slots(NOW, _interview(datetime(2026, 12, 4, 10, 0, tzinfo=LONDON)))
    assert len(slots) == 3
    for earlier, later in pairwise(slots):
        assert earlier.end <= later.start


def test_an_early_morning_interview_is_practised_after_eight() -> None:
    slots = practice_slots(NOW, _interview(datetime(2026, 12, 8, 6, 30, tzinfo=LONDON)))
    assert slots and all(s.start.astimezone(LONDON).time() == time(8, 0) for s in slots)


def test_an_evening_interview_is_practised_before_nine_at_night() -> None:
    slots = practice_slots(NOW, _interview(datetime(2026, 12, 8, 20, 45, tzinfo=LONDON)))
    assert slots
    assert all(s.end.astimezone(LONDON).time() <= time(21, 0) for s in slots)


def test_no_session_is_put_in_the_past() -> None:
    late = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)
    slots = practice_slots(late, _interview(datetime(2026, 12, 3, 14, 30, tzinfo=LONDON)))
    # 14:30 today is only 30 minutes away: too soon; tomorrow's slot remains.
    assert [s.start.date().day for s in slots] == [2]


def test_an_interview_tomorrow_morning_may_get_no_session() -> None:
    evening = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)
    assert practice_slots(evening, _interview(datetime(2026, 12, 2, 9, 0, tzinfo=LONDON))) == []


def test_only_the_last_fortnight_is_used() -> None:
    slots = practice_slots(NOW, _interview(datetime(2027, 2, 1, 11, 0, tzinfo=LONDON)))
    assert min(s.start for s in slots).date() >= datetime(2027, 1, 18).date()


def test_a_session_moves_beside_another_interview_that_day() -> None:
    interview = _interview(datetime(2026, 12, 4, 10, 0, tzinfo=LONDON))
    # Another interview on 3 December from 09:30 to 11:00 London time, given in UTC.
    other = Slot(datetime(2026, 12, 3, 9, 30, tzinfo=UTC), datetime(2026, 12, 3, 11, 0, tzinfo=UTC))
    slots = practice_slots(NOW, interview, busy=[other])
    on_the_3rd = [s for s in slots if s.start.date().day == 3]
    assert len(on_the_3rd) == 1
    # The nearest free 45 minutes with half an hour's break: 11:30, after the other interview.
    assert on_the_3rd[0].start.astimezone(LONDON).time() == time(11, 30)
    assert not any(s.start < other.end and other.start < s.end for s in slots)


def test_a_day_with_no_room_is_skipped() -> None:
    interview = _interview(datetime(2026, 12, 4, 10, 0, tzinfo=LONDON))
    all_day = Slot(
        datetime(2026, 12, 3, 7, 0, tzinfo=LONDON), datetime(2026, 12, 3, 22, 0, tzinfo=LONDON)
    )
    slots = practice_slots(NOW, interview, busy=[all_day])
    assert [s.start.date().day for s in slots] == [1, 2]
