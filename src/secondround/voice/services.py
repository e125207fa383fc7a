"""What the other apps ask of recordings: attach one to its answer, and count them."""

from __future__ import annotations

import uuid

from django.contrib.auth.models import User
from django.db.models import QuerySet, Sum

from secondround.practice.models import PracticeAnswer
from secondround.voice.models import Recording


def recordings_of(user: User) -> QuerySet[Recording]:
    """Every recording the user owns; the pages reach a recording only through here."""
    return Recording.objects.filter(owner=user)


def attach_recording(user: User, key: str, answer: PracticeAnswer) -> None:
    """Tie the user's recording `key` (if the answer came from one) to the answer, so they go
    together."""
    try:
        parsed = uuid.UUID(key.strip())
    except ValueError:
        return
    recordings_of(user).filter(key=parsed, answer__isnull=True).update(answer=answer)


def recordings_summary(user: User) -> tuple[int, int]:
    """How many recordings the user has, and their size in bytes."""
    found = recordings_of(user).aggregate(total=Sum("size"))
    return recordings_of(user).count(), int(found["total"] or 0)
