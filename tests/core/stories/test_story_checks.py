"""The coach's to-do on a story: a part missing, no measurable result, only "we", hedging."""

from __future__ import annotations

from dataclasses import replace

from secondround.core.stories import check_story

from .samples import CUSTOMER, SUPPLIER


def kinds(story: object) -> list[str]:
    return [t.kind for t in check_story(story).todo]  # type: ignore[arg-type]


def test_a_complete_story_with_a_number_has_nothing_to_do() -> None:
    check = check_story(CUSTOMER)
    assert check.todo == ()
    assert 0 < check.score <= 100


def test_it_names_each_missing_part() -> None:
    assert kinds(replace(SUPPLIER, task="", result="")) == ["missing_task", "missing_result"]


def test_it_asks_for_a_measurable_result() -> None:
    assert "no_measurable_result" in kinds(replace(SUPPLIER, result="It went really well."))


def test_it_flags_a_story_told_only_as_we() -> None:
    story = replace(
        SUPPLIER,
        task="We had to find a new supplier.",
        action="We called six suppliers. We compared their quotes and we chose the cheapest.",
    )
    assert "only_we" in kinds(story)


def test_it_flags_hedging() -> None:
    story = replace(SUPPLIER, action="I sort of called a few suppliers, I guess, and chose one.")
    assert "hedging" in kinds(story)


def test_it_flags_a_story_too_long_to_tell_in_two_minutes() -> None:
    story = replace(SUPPLIER, action=" ".join(["I called one more supplier and asked again."] * 50))
    check = check_story(story)
    assert "too_long" in [t.kind for t in check.todo]
    assert check.seconds > 120
