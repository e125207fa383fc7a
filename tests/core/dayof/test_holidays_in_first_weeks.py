"""Holidays already booked: ranges, flagged when they fall in the first weeks of the new job."""

from __future__ import annotations

from datetime import date

import pytest

from secondround.core.loose_ends import (
    Holiday,
    LooseEnd,
    LooseEndsError,
    LooseEndsFacts,
    Notice,
    check_holiday,
    checklist,
    holidays_in_first_weeks,
)

TODAY = date(2026, 12, 1)


def _holidays_item(facts: LooseEndsFacts) -> LooseEnd:
    return next(i for i in checklist(facts) if i.key == "holidays")


def test_a_holiday_in_the_first_four_weeks_is_flagged() -> None:
    # Four weeks' notice: the start is Wednesday 30 December, so 11-15 January is in week 2.
    ski = Holiday(date(2027, 1, 11), date(2027, 1, 15), "skiing")
    later = Holiday(date(2027, 6, 1), date(2027, 6, 10), "wedding")
    item = _holidays_item(
        LooseEndsFacts(today=TODAY, notice=Notice(4, "weeks"), holidays=[ski, later])
    )
    assert item.prepared
    assert "Mon 11 January 2027 to Fri 15 January 2027 (skiing)" in item.answer
    assert "wedding" in item.answer
    flags = item.flags
    assert len(flags) == 1 and "skiing" in flags[0] and "first 4 weeks" in flags[0]


def test_a_holiday_during_the_notice_period_is_not_flagged() -> None:
    start = date(2027, 1, 4)
    before = Holiday(date(2026, 12, 20), date(2026, 12, 31))
    assert holidays_in_first_weeks(start, [before]) == []
    overlapping = Holiday(date(2026, 12, 28), date(2027, 1, 5))
    assert holidays_in_first_weeks(start, [overlapping]) == [overlapping]


def test_no_holidays_is_an_answer_only_when_ticked() -> None:
    assert not _holidays_item(LooseEndsFacts(today=TODAY)).prepared
    ticked = _holidays_item(LooseEndsFacts(today=TODAY, no_holidays=True))
    assert ticked.prepared and ticked.answer == "None booked."


def test_past_holidays_are_not_mentioned() -> None:
    gone = Holiday(date(2026, 8, 1), date(2026, 8, 14), "summer")
    item = _holidays_item(LooseEndsFacts(today=TODAY, holidays=[gone]))
    assert "summer" not in item.answer


def test_a_holiday_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(LooseEndsError, match=r"ends \(Fri 1 January 2027\) before it starts"):
        check_holiday(date(2027, 1, 10), date(2027, 1, 1))
