"""Distinct stories assigned to a whole dry run: optimal, not greedy, reuse only when allowed."""

from __future__ import annotations

from dataclasses import replace

from secondround.core.stories import QuestionInfo, Story, assign_stories

from .samples import BANK

ALL_ROUNDER = Story("All-rounder", action="I did it.", competencies=("teamwork", "conflict"), key=1)
ONLY_TEAM = Story("Only teamwork", action="I helped.", competencies=("teamwork",), key=2)


def test_it_is_optimal_where_greedy_would_spend_the_best_story_first() -> None:
    # Greedy gives question 1 the all-rounder and leaves the conflict question with nothing.
    questions = [QuestionInfo("Teamwork?", "teamwork"), QuestionInfo("Conflict?", "conflict")]
    picked = assign_stories(questions, [ALL_ROUNDER, ONLY_TEAM])
    assert [a.story.key if a.story else None for a in picked] == [2, 1]


def test_no_story_is_told_twice_by_default() -> None:
    questions = [QuestionInfo(f"Q{i}", "teamwork") for i in range(3)]
    keys = [a.story.key for a in assign_stories(questions, BANK) if a.story]
    assert len(keys) == len(set(keys))


def test_a_story_is_reused_only_for_a_different_competency_and_the_plan_says_why() -> None:
    questions = [QuestionInfo("Team?", "teamwork"), QuestionInfo("Conflict?", "conflict")]
    picked = assign_stories(questions, [ALL_ROUNDER], max_uses=2)
    assert [a.story.key if a.story else None for a in picked] == [1, 1]
    assert "Told again" in picked[1].reasons[-1]
    same = [QuestionInfo("Team?", "teamwork"), QuestionInfo("Team again?", "teamwork")]
    twice = assign_stories(same, [ALL_ROUNDER], max_uses=2)
    assert sum(a.story is not None for a in twice) == 1


def test_a_question_no_story_fits_says_so() -> None:
    picked = assign_stories([QuestionInfo("What is your notice period?")], BANK)
    assert picked[0].story is None
    assert "No story" in picked[0].reasons[0]


def test_an_empty_bank_assigns_nothing() -> None:
    assert assign_stories([QuestionInfo("Team?", "teamwork")], [])[0].story is None


def test_every_question_of_a_fifteen_question_run_gets_a_distinct_story_when_possible() -> None:
    bank = [replace(s, key=f"{s.key}-{n}") for n in range(4) for s in BANK]
    questions = [QuestionInfo(f"Q{i}", c) for i in range(15) for c in ["teamwork"]]
    picked = assign_stories(questions, bank)
    keys = [a.story.key for a in picked if a.story]
    assert len(keys) == len(set(keys))
