"""What the other apps ask of recordings: attach one to its answer, and count them."""

from __future__ import annotations

import uuid

from django.contrib.auth.models import User
from django.db.models import Sum
from django.http import HttpRequest

from secondround.practice.models import PracticeAnswer
from secondround.voice.models import Recording


def attach_recording(request: HttpRequest, answer: PracticeAnswer) -> None:
    """Tie the recording the answer was transcribed from (if any) to it, so they go together."""
    user = request.user
    if not isinstance(user, User):
        return
    key = request.POST.get("voice_recording", "").strip()
    try:
        parsed = uuid.UUID(key)
    except ValueError:
        return
    Recording.objects.filter(key=parsed, owner=user, answer__isnull=True).update(answer=answer)


def recordings_summary(user: User) -> tuple[int, int]:
    """How many recordings the user has, and their size in bytes."""
    found = Recording.objects.filter(owner=user).aggregate(total=Sum("size"))
    return Recording.objects.filter(owner=user).count(), int(found["total"] or 0)
