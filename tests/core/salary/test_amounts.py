"""Amounts as people type them; text, rates and the wrong currency refused in one sentence."""

from __future__ import annotations

import pytest

from secondround.core.salary.money import MoneyError, parse_amount, parse_range


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("55000", 55_000),
        ("£55,000", 55_000),
        ("55k", 55_000),
        ("£55.5K", 55_500),
        ("48 000", 48_000),
    ],
)
def test_it_reads_an_amount(text: str, amount: int) -> None:
    assert parse_amount(text, "GBP") == amount


def test_it_reads_a_range_with_one_k() -> None:
    assert parse_range("50-60k", "GBP") == (50_000, 60_000)
    assert parse_range("$90,000 to $110,000", "USD") == (90_000, 110_000)
    assert parse_range("70000", "USD") == (70_000, None)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("fifty thousand", "is not an amount: write it in figures"),
        ("$60,000", "That amount is in dollars, but these figures are in pounds"),
        ("€40k", "in euros"),
        ("£15 per hour", "not an hourly, daily or monthly rate"),
        ("0", "more than zero"),
        ("5500000000", "not a plausible salary"),
        ("60-50k", "The range goes down"),
    ],
)
def test_it_refuses_what_is_not_an_annual_amount_in_pounds(text: str, message: str) -> None:
    with pytest.raises(MoneyError, match=message):
        parse_range(text, "GBP")
