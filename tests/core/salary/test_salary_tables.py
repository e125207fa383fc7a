"""The shipped tables: dated, credited, and honest about figures the source leaves out."""

from __future__ import annotations

from datetime import date

from secondround.core.salary import data_age, load_table


def test_the_us_table_is_oews_may_2024_with_its_credit() -> None:
    table = load_table("us")
    assert table.reference_label == "May 2024"
    assert table.currency == "USD"
    assert "U.S. Bureau of Labor Statistics, OEWS, May 2024" in table.credit
    assert len(table.occupations) > 800


def test_the_uk_table_is_ashe_2023_provisional_under_the_ogl() -> None:
    table = load_table("uk")
    assert table.reference_label == "April 2023 (provisional)"
    assert table.currency == "GBP"
    assert (
        "Contains public sector information licensed under the Open Government Licence v3.0."
        in table.credit
    )
    assert sum(len(code) == 4 for code in table.occupations) > 350


def test_top_coded_figures_are_shown_as_a_floor_never_as_a_number() -> None:
    table = load_table("us")
    chief = table.occupations["11-1011"]
    p90 = chief.percentile(90)
    assert p90.value is None and p90.marker == "#"
    assert table.describe(p90) == "at or above $239,200 (top-coded)"
    assert table.describe(chief.percentile(10)) == "$73,710"


def test_suppressed_figures_say_so() -> None:
    table = load_table("uk")
    p90 = table.occupations["3544"].percentile(90)
    assert p90.value is None
    assert table.describe(p90) == "suppressed in the source"
    elected = table.occupations["1112"]
    assert not elected.has_figures


def test_the_age_of_the_figures_is_said_in_words() -> None:
    assert data_age(date(2024, 5, 1), date(2026, 12, 1)) == "2 years and 7 months old"
    assert data_age(date(2023, 4, 1), date(2024, 4, 1)) == "1 year old"
    assert data_age(date(2026, 11, 20), date(2026, 12, 1)) == "less than a month old"
