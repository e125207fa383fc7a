"""A recording's audio file is deleted with its row (and so with its answer, dry run or owner)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from secondround.voice.models import Recording
from secondround.voice.storage import remove


@receiver(post_delete, sender=Recording)
def delete_audio(sender: type[Recording], instance: Recording, **kwargs: Any) -> None:
    # Only once the deletion is committed: a rolled-back delete must keep its audio.
    filename = instance.filename
    transaction.on_commit(lambda: remove(filename))
