"""From a job title to the occupation of the salary table, with the nearest alternatives."""

from __future__ import annotations

from secondround.core.salary import load_table, lookup, match_title


def test_a_common_us_title_finds_its_oews_occupation_through_onet() -> None:
    table = load_table("us")
    found = lookup("Software Engineer", "us", table)
    assert found.occupation is not None
    assert found.occupation.code == "15-1252"
    assert found.occupation.title == "Software Developers"


def test_a_uk_title_is_found_in_our_list_and_in_the_ashe_descriptions() -> None:
    table = load_table("uk")
    assert lookup("Staff Nurse", "uk", table).occupation.code == "2237"  # type: ignore[union-attr]
    # Not in our own list: found through ASHE's own description of the unit group.
    best = match_title("Chemical scientist", "uk", table).best
    assert best is not None and best.code == "2111"


def test_seniority_and_place_do_not_change_the_occupation() -> None:
    table = load_table("uk")
    assert match_title("Senior Staff Nurse - Cardiology", "uk", table).best.code == "2237"  # type: ignore[union-attr]


def test_an_unknown_title_has_no_match_but_offers_the_nearest() -> None:
    table = load_table("us")
    found = match_title("Chief Happiness Wizard", "us", table)
    assert found.best is None
    assert 1 <= len(found.alternatives) <= 5


def test_alternatives_are_other_occupations_the_user_can_pick() -> None:
    table = load_table("us")
    found = match_title("Data analyst", "us", table)
    assert found.best is not None
    codes = [m.code for m in found.alternatives]
    assert found.best.code not in codes
    assert len(codes) == len(set(codes)) >= 3
    assert all(code in table.occupations for code in codes)
    # Picking one of them by its code is what the page and --code do.
    chosen = lookup("Data analyst", "us", table, codes[0])
    assert chosen.occupation is not None and chosen.occupation.code == codes[0]
