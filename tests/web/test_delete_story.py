"""Deleting a story asks first, then removes it."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client

from secondround.stories.models import Story

from .stories import stored


def test_it_asks_before_deleting(client_in: Client, user: User) -> None:
    story = stored(user)
    assert "cannot be undone" in client_in.get(f"/stories/{story.pk}/delete/").content.decode()
    assert Story.objects.exists()


def test_it_deletes_after_confirming(client_in: Client, user: User) -> None:
    story = stored(user)
    client_in.post(f"/stories/{story.pk}/delete/")
    assert not Story.objects.exists()
