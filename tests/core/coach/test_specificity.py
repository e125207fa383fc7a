"""Specificity: numbers, money, percentages, durations, dates, tools and roles are found."""

from __future__ import annotations

from secondround.core.coach.specificity import find_details


def found(sentence: str) -> set[tuple[str, str]]:
    return {(m.kind, m.text) for m in find_details([sentence])}


def test_it_finds_money_percentages_and_durations() -> None:
    details = found("We saved £12,000 and cut waiting times by 35% within six weeks.")
    assert ("money", "£12,000") in details
    assert ("percentage", "35%") in details
    assert ("duration", "six weeks") in details


def test_it_finds_dates_and_times() -> None:
    kinds = {k for k, _ in found("In March 2023, on a Friday at 4pm, the audit began.")}
    assert "date" in kinds


def test_it_finds_named_tools_from_the_product_list() -> None:
    details = found("I built the tracker in Microsoft Excel and moved the tickets into Jira.")
    assert ("tool", "Microsoft Excel") in details
    assert ("tool", "Jira") in details


def test_a_plain_word_is_not_a_tool() -> None:
    assert not any(k == "tool" for k, _ in found("The teams met and we had a word about it."))


def test_it_finds_named_roles() -> None:
    assert ("role", "director") in found("I called the finance director.")


def test_a_vague_sentence_has_no_details() -> None:
    assert found("It went really well and everyone was happy.") == set()
