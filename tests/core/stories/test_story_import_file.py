"""Stories read from a Markdown or text file, and written back to the same format."""

from __future__ import annotations

import pytest

from secondround.core.stories import StoryError, format_stories, parse_stories

from .samples import BANK

FILE = """# My stories

## Supplier went bust before launch
Employer: Northwind · Role: Analyst · Year: 2023
Situation: Two weeks before the spring launch our packaging supplier went bust.
Task: I had to find a new supplier
without moving the launch date.
**Action:** I called six suppliers and compared their quotes.
### Result
We launched on time.
Competencies: Problem solving, working-under-pressure
Tags: launch, suppliers

## The refund
I was on the help desk when a customer called, furious that his refund was late. I checked the
order myself and found the refund was blocked by a wrong address. I fixed it the same day. He wrote
to my manager to thank me.
"""


def test_it_reads_labels_headings_and_bold_labels() -> None:
    first, _ = parse_stories(FILE)
    assert first.title == "Supplier went bust before launch"
    assert (first.employer, first.role, first.year) == ("Northwind", "Analyst", 2023)
    assert first.task == "I had to find a new supplier\nwithout moving the launch date."
    assert first.action == "I called six suppliers and compared their quotes."
    assert first.result == "We launched on time."
    assert first.competencies == ("problem_solving", "working_under_pressure")
    assert first.tags == ("launch", "suppliers")


def test_a_story_without_labels_is_split_by_the_coachs_labeller() -> None:
    _, pasted = parse_stories(FILE)
    assert pasted.situation.startswith("I was on the help desk")
    assert "fixed it the same day" in pasted.action
    assert "thank me" in pasted.result


def test_an_export_reads_back_as_the_same_stories() -> None:
    again = parse_stories(format_stories(BANK))
    assert [s.to_dict() for s in again] == [s.to_dict() for s in BANK]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Just some notes about my career.\nNo headings here.", "has no stories"),
        ("## A\nSituation: one\n## a\nAction: two", "used twice"),
        ("## A\nSituation: x\nCompetencies: juggling", "'juggling' is not a competency"),
        ("## Empty\n\n", "has no text"),
        ("## Huge\nAction: " + "word " * 250_000, "keep it under 5,000"),
        ("## A\nAction: did it\nYear: last year", "not a year"),
    ],
)
def test_it_refuses_a_bad_file_in_one_sentence(text: str, message: str) -> None:
    with pytest.raises(StoryError, match=message):
        parse_stories(text)
