"""A recorded answer: the audio file in the data folder, and what transcribing it gave."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from secondround.practice.models import PracticeAnswer


class RecordingStatus(models.TextChoices):
    QUEUED = "queued", "Waiting to be transcribed"
    TRANSCRIBING = "transcribing", "Transcribing"
    DONE = "done", "Transcribed"
    FAILED = "failed", "Could not be transcribed"


class Recording(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="recordings"
    )
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # The file's name inside <data folder>/recordings/ (never a path the browser chose).
    filename = models.CharField(max_length=80)
    size = models.PositiveIntegerField()
    question = models.CharField(max_length=500, blank=True)
    status = models.CharField(
        max_length=16, choices=RecordingStatus.choices, default=RecordingStatus.QUEUED
    )
    error = models.CharField(max_length=300, blank=True)
    transcript = models.TextField(blank=True)
    words = models.JSONField(default=list, blank=True)
    delivery = models.JSONField(default=dict, blank=True)
    # Measured from the file when it is uploaded (and again when transcribed): the day's audio
    # minutes of an account are the sum of these (accounts/limits.py).
    duration_s = models.FloatField(null=True, blank=True)
    # The queue's id of the latest transcription task, and when that task last showed signs of
    # life (queued, started, another stretch transcribed): a recording in flight whose task has
    # ended, vanished, or gone quiet is found stale (voice/recovery.py).
    task_id = models.CharField(max_length=64, blank=True)
    progress_at = models.DateTimeField(null=True, blank=True)
    # A failure that trying again may cure (a worker that died, a model not yet installed), as
    # opposed to audio that holds no speech or cannot be read.
    can_retry = models.BooleanField(default=False)
    # Set when the transcript is sent as a dry-run answer: the audio goes when that answer goes.
    answer = models.ForeignKey(
        PracticeAnswer,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="recordings",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Recording {self.key} ({self.status})"
