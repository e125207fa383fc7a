"""Adding a story as four parts: saved whole, or refused with one sentence and nothing stored."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client

from secondround.stories.models import Story

from .stories import stored, story_form


def test_it_saves_the_four_parts_and_asks_to_confirm_competencies(
    client_in: Client, user: User
) -> None:
    response = client_in.post("/stories/new/", story_form(), follow=True)
    story = Story.objects.get(owner=user)
    assert story.action.startswith("I listened")
    assert story.year == 2023
    assert story.tags == ["refund", "help desk"]
    page = response.content.decode()
    assert "Suggested competencies" in page
    assert "Customer focus" in page
    assert "“customer”" in page


def test_it_saves_the_competencies_ticked_in_the_form(client_in: Client, user: User) -> None:
    client_in.post("/stories/new/", story_form(competencies=["customer_focus", "conflict"]))
    assert Story.objects.get(owner=user).competencies == ["customer_focus", "conflict"]


def test_it_refuses_a_story_with_no_text(client_in: Client, user: User) -> None:
    empty = story_form(situation="", task="", action="  ", result="")
    response = client_in.post("/stories/new/", empty)
    assert response.status_code == 400
    assert "has no text" in response.content.decode()
    assert not Story.objects.exists()


def test_it_refuses_a_story_of_a_megabyte(client_in: Client) -> None:
    response = client_in.post("/stories/new/", story_form(action="x" * 1_000_000))
    assert response.status_code == 400
    assert not Story.objects.exists()


def test_it_refuses_a_second_story_with_the_same_title(client_in: Client, user: User) -> None:
    stored(user, "The furious customer and the lost refund")
    response = client_in.post("/stories/new/", story_form())
    assert response.status_code == 400
    assert "already have a story called" in response.content.decode()
    assert Story.objects.count() == 1


def test_it_refuses_a_competency_that_does_not_exist(client_in: Client) -> None:
    response = client_in.post("/stories/new/", story_form(competencies=["juggling"]))
    assert response.status_code == 400
    assert "juggling is not one of the competencies" in response.content.decode()
    assert not Story.objects.exists()


def test_user_text_is_escaped_on_the_list(client_in: Client, user: User) -> None:
    stored(user, "<script>alert(1)</script>")
    page = client_in.get("/stories/").content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page


def test_another_users_story_cannot_be_opened(client_in: Client, user: User) -> None:
    other = User.objects.create(username="someone-else")
    theirs = stored(other, "Their story")
    assert client_in.get(f"/stories/{theirs.pk}/").status_code == 404
    assert "Their story" not in client_in.get("/stories/").content.decode()


def test_saving_computes_the_vectors_of_each_part_with_the_semantic_extra(
    client_in: Client, user: User
) -> None:
    from secondround.core import semantic

    client_in.post("/stories/new/", story_form())
    story = Story.objects.get(owner=user)
    assert story.vectors_model == semantic.MODEL_ID
    assert len(semantic.unpack(bytes(story.vectors))) == 5  # title, S, T, A, R
