"""Coverage of the job's weighted competencies by the stories, with flags and what to adapt."""

from __future__ import annotations

from secondround.core.questions.plan import Need
from secondround.core.stories import coverage

from .samples import BANK, CONFLICT, CUSTOMER, MENTOR, SUPPLIER


def test_a_confirmed_competency_is_strong_and_a_suggested_one_partial() -> None:
    grid = coverage([Need("customer_focus", 3)], [CUSTOMER, SUPPLIER])
    row = grid.rows[0]
    assert [c.level for c in row.cells] == ["strong", "none"]
    grid = coverage([Need("influence", 2)], [SUPPLIER])
    assert grid.rows[0].cells[0].level == "some"
    assert grid.rows[0].cells[0].evidence == ("persuaded",)


def test_a_competency_with_fewer_than_two_stories_is_flagged_with_the_story_to_adapt() -> None:
    grid = coverage([Need("influence", 3), Need("teamwork", 1)], BANK)
    influence = grid.rows[0]
    assert influence.flagged
    assert influence.advice is not None
    assert influence.advice.story is SUPPLIER
    assert "persuaded" in influence.advice.add


def test_two_confirmed_stories_clear_the_flag() -> None:
    both = [CONFLICT, MENTOR.__class__(**{**MENTOR.__dict__, "competencies": ("teamwork",)})]
    assert not coverage([Need("teamwork", 3)], both).rows[0].flagged


def test_heaviest_competencies_come_first_and_key_ones_are_counted() -> None:
    grid = coverage([Need("teamwork", 1), Need("leadership", 3), Need("ethics", 3)], BANK)
    assert [r.need.competency for r in grid.rows] == ["leadership", "ethics", "teamwork"]
    assert {r.need.competency for r in grid.uncovered_key()} == {"leadership", "ethics"}


def test_with_no_story_at_all_it_says_to_write_one() -> None:
    grid = coverage([Need("ethics", 3)], [])
    assert grid.rows[0].advice is not None
    assert grid.rows[0].advice.story is None
    assert grid.rows[0].advice.add.startswith("Write a story")
