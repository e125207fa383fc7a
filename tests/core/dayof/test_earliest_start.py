"""The earliest start date, from the notice period and today's date, and absurd notice refused."""

from __future__ import annotations

from datetime import date

import pytest

from secondround.core.loose_ends import (
    LooseEndsError,
    LooseEndsFacts,
    Notice,
    check_notice,
    checklist,
    earliest_start,
)

TUESDAY = date(2026, 12, 1)


def test_weeks_of_notice_start_the_day_after_they_end() -> None:
    # Four weeks from Tuesday 1 December ends Tuesday 29 December: start on the Wednesday.
    assert earliest_start(TUESDAY, Notice(4, "weeks")) == date(2026, 12, 30)


def test_a_start_that_falls_on_a_weekend_moves_to_monday() -> None:
    # Four days from Tuesday ends on Saturday 5 December; Sunday is no start either.
    assert earliest_start(TUESDAY, Notice(4, "days")) == date(2026, 12, 7)


def test_months_of_notice_keep_the_day_of_the_month() -> None:
    assert earliest_start(date(2026, 11, 30), Notice(3, "months")) == date(2027, 3, 1)
    # 31 January plus one month is the end of February, then the next working day.
    assert earliest_start(date(2027, 1, 29), Notice(1, "months")) == date(2027, 3, 1)


def test_no_notice_means_the_next_working_day() -> None:
    assert earliest_start(date(2026, 12, 4), Notice(0, "weeks")) == date(2026, 12, 7)


def test_the_checklist_shows_the_start_as_a_date() -> None:
    item = checklist(LooseEndsFacts(today=TUESDAY, notice=Notice(1, "months")))[0]
    assert item.key == "start_date" and item.prepared
    assert item.answer == "From Mon 4 January 2027: 1 month from today (Tue 1 December 2026)."


def test_without_a_notice_period_the_start_date_is_flagged() -> None:
    item = checklist(LooseEndsFacts(today=TUESDAY))[0]
    assert not item.prepared
    assert "notice period" in item.hint


@pytest.mark.parametrize(
    ("amount", "unit", "says"),
    [
        (99, "months", "99 months is longer than any contract"),
        (53, "weeks", "the most this takes is 52 weeks"),
        (400, "days", "400 days"),
        (-1, "weeks", "cannot be negative"),
        (3, "years", "Give the notice period in days, weeks, months"),
    ],
)
def test_an_impossible_notice_period_is_refused_in_one_sentence(
    amount: int, unit: str, says: str
) -> None:
    with pytest.raises(LooseEndsError, match=says):
        check_notice(amount, unit)
