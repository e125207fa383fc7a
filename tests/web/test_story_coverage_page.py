"""An interview's coverage grid: colour by fit, flags with the story to adapt, round-one ticks."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.models import User
from django.test import Client

from secondround.interviews.models import Interview
from secondround.services.stories import told_before

from .stories import stored

JOB = (
    "Team leader. You will lead a team of six, resolve conflict, persuade stakeholders and "
    "solve problems under pressure. Essential: leadership and problem solving."
)


def test_the_grid_colours_each_story_by_how_well_it_shows_each_competency(
    client_in: Client, user: User, make_interview: Callable[..., Interview]
) -> None:
    interview = make_interview(job_description=JOB)
    story = stored(user)
    story.competencies = ["problem_solving"]
    story.save()
    page = client_in.get(f"/interviews/{interview.pk}/stories/").content.decode()
    assert 'data-competency="problem_solving"' in page
    assert "fit-strong" in page
    assert "fit-some" in page  # "persuaded": influence, suggested by its words
    assert "Fewer than two stories" in page


def test_a_flagged_competency_names_the_story_to_adapt_and_what_to_add(
    client_in: Client, user: User, make_interview: Callable[..., Interview]
) -> None:
    interview = make_interview(job_description=JOB)
    story = stored(user)
    page = client_in.get(f"/interviews/{interview.pk}/stories/").content.decode()
    assert f'href="/stories/{story.pk}/"' in page
    assert "It already mentions" in page


def test_ticking_a_story_told_in_round_one_is_remembered(
    client_in: Client, user: User, make_interview: Callable[..., Interview]
) -> None:
    interview = make_interview(job_description=JOB)
    story = stored(user)
    client_in.post(f"/interviews/{interview.pk}/stories/", {"told": [str(story.pk)]})
    assert told_before(user, interview) == {story.pk: "ticked as told in an earlier round"}


def test_a_story_named_in_the_notes_counts_as_told(
    user: User, make_interview: Callable[..., Interview]
) -> None:
    story = stored(user)
    interview = make_interview(notes="Told them about the supplier that went bust. Went well.")
    assert story.pk in told_before(user, interview)


def test_an_empty_bank_says_how_to_start(
    client_in: Client, make_interview: Callable[..., Interview]
) -> None:
    interview = make_interview(job_description=JOB)
    page = client_in.get(f"/interviews/{interview.pk}/stories/").content.decode()
    assert "Your story bank is empty" in page
