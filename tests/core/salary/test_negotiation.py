"""Opening, target and walk-away figures, with the arithmetic a person can check."""

from __future__ import annotations

from datetime import date

import pytest

from secondround.core.salary import (
    DataPoint,
    NegotiationError,
    load_table,
    negotiate,
)

TODAY = date(2026, 12, 1)


def test_from_the_market_alone_the_steps_add_up() -> None:
    table = load_table("uk")
    analysts = table.occupations["3544"]  # median £33,174, 75th £38,119, 25th £28,586
    n = negotiate(analysts, table, [], None, TODAY)
    # Target: (33,174 + 38,119) / 2 = 35,646.5 -> £35,500;
    # opening: 35,500 x 1.10 = £39,050 -> £39,000.
    assert (n.target, n.opening, n.walk_away) == (35_500, 39_000, 28_586)
    steps = "\n".join(n.steps)
    assert "Market median (50th percentile) for Data analysts: £33,174." in steps
    assert "(£33,174 + £38,119) ÷ 2 = £35,646" in steps
    assert "£35,500 × 1.10 = £39,050 → £39,000" in steps
    assert "the 25th percentile, £28,586" in steps
    assert [when for when, _ in n.script] == [
        "When they ask what you are expecting",
        "When they name a number first",
        "When the offer is below your walk-away figure (£28,586)",
    ]
    assert "£39,000" in n.script[0][1]


def test_own_figures_and_current_pay_move_the_figures() -> None:
    table = load_table("uk")
    analysts = table.occupations["3544"]
    points = [
        DataPoint("advert", 40_000, 45_000, date(2026, 11, 2), "Acme advert"),
        DataPoint("recruiter", 38_000, None, date(2026, 10, 1)),
        DataPoint("current", 36_000, None, date(2026, 9, 1)),
    ]
    n = negotiate(analysts, table, points, 37_000, TODAY)
    steps = "\n".join(n.steps)
    # Own figures: middles 42,500 and 38,000 -> median 40,250;
    # with the market: (33,174 + 40,250) / 2.
    assert "their median is £40,250" in steps
    assert "(£33,174 + £40,250) ÷ 2 = £36,712" in steps
    # Current pay 36,000 x 1.10 = 39,600 is above halfway to the 75th percentile, so it wins.
    assert "£36,000 × 1.10 = £39,600, which becomes the target" in steps
    assert n.target == 39_500
    assert n.walk_away == 37_000
    assert n.walk_away <= n.target <= n.opening


def test_a_minimum_above_the_90th_percentile_is_said_not_hidden() -> None:
    table = load_table("us")
    cashiers = table.occupations["41-2011"]
    n = negotiate(cashiers, table, [], 90_000, TODAY)
    assert n.walk_away == 90_000 and n.target >= 90_000
    assert any("above the 90th percentile for Cashiers" in w for w in n.warnings)


def test_an_old_figure_is_flagged() -> None:
    table = load_table("uk")
    old = DataPoint("offer", 35_000, None, date(2025, 6, 1))
    n = negotiate(table.occupations["3544"], table, [old], None, TODAY)
    assert any("June 2025, more than a year ago" in w for w in n.warnings)


def test_with_no_median_and_no_own_figures_it_asks_for_some() -> None:
    table = load_table("uk")
    hidden = next(o for o in table.occupations.values() if not o.percentile(50).known)
    with pytest.raises(NegotiationError, match="add an advert, offer or recruiter's range"):
        negotiate(hidden, table, [], None, TODAY)
    n = negotiate(hidden, table, [DataPoint("advert", 30_000, None, TODAY)], None, TODAY)
    assert n.target > 0


def test_a_top_coded_median_is_not_used_as_a_number() -> None:
    table = load_table("us")
    chief = table.occupations["11-1011"]  # 75th and 90th top-coded
    n = negotiate(chief, table, [], None, TODAY)
    steps = "\n".join(n.steps)
    assert "the 75th percentile is at or above $239,200 (top-coded)" in steps
    assert n.target == 206_500
