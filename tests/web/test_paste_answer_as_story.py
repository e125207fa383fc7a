"""A pasted whole answer, or a coached one, split into four parts for the user to correct."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client

from secondround.stories.models import Story

ANSWER = (
    "Last spring our biggest client threatened to leave over late invoices. I was asked to "
    "fix billing within a month. I mapped every step of the invoice run and automated the two "
    "slowest ones. Invoices now go out in two days instead of nine, and the client renewed."
)


def test_a_pasted_answer_is_split_into_parts_and_not_yet_saved(client_in: Client) -> None:
    response = client_in.post("/stories/paste/", {"title": "Late invoices", "answer": ANSWER})
    page = response.content.decode()
    assert response.status_code == 200
    assert "correct them, then save" in page
    assert "automated the two slowest" in page
    assert not Story.objects.exists()


def test_an_empty_paste_is_refused(client_in: Client) -> None:
    response = client_in.post("/stories/paste/", {"title": "", "answer": "  "})
    assert response.status_code == 400
    assert "Paste the answer" in response.content.decode()


def test_save_as_a_story_from_a_coached_answer_opens_a_draft(client_in: Client, user: User) -> None:
    response = client_in.post(
        "/stories/from-answer/",
        {"question": "Tell me about a time you fixed a process.", "answer": ANSWER},
    )
    page = response.content.decode()
    assert 'value="Tell me about a time you fixed a process"' in page
    assert "Add a story" in page
    assert not Story.objects.exists()
