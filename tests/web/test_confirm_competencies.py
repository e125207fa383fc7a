"""Suggested competencies shown with their evidence, confirmed or changed by the user."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client

from .stories import stored


def test_suggestions_show_the_phrase_that_shows_each(client_in: Client, user: User) -> None:
    story = stored(user)
    page = client_in.get(f"/stories/{story.pk}/").content.decode()
    assert "Influence" in page
    assert "“persuaded”" in page


def test_confirming_ticked_suggestions_keeps_those_already_confirmed(
    client_in: Client, user: User
) -> None:
    story = stored(user)
    story.competencies = ["problem_solving"]
    story.save()
    client_in.post(
        f"/stories/{story.pk}/competencies/",
        {"competencies": ["problem_solving", "influence"]},
    )
    story.refresh_from_db()
    assert story.competencies == ["problem_solving", "influence"]


def test_an_unknown_competency_is_refused_and_nothing_changes(
    client_in: Client, user: User
) -> None:
    story = stored(user)
    response = client_in.post(
        f"/stories/{story.pk}/competencies/",
        {"competencies": ["influence", "juggling"]},
        follow=True,
    )
    assert "juggling&#x27; is not a competency" in response.content.decode()
    story.refresh_from_db()
    assert story.competencies == []


def test_editing_a_story_keeps_it_one_story(client_in: Client, user: User) -> None:
    story = stored(user)
    response = client_in.post(
        f"/stories/{story.pk}/",
        {
            "title": "Supplier went bust (edited)",
            "situation": story.situation,
            "task": story.task,
            "action": story.action,
            "result": "We launched on time.",
            "competencies": ["problem_solving"],
        },
    )
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.title == "Supplier went bust (edited)"
    assert story.competencies == ["problem_solving"]
    page = client_in.get(f"/stories/{story.pk}/").content.decode()
    assert "nothing measurable" in page
