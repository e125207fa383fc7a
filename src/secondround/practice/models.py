"""Stored dry runs. Answers are append-only: every answer given is kept, even from two tabs at
once, and the report reads the latest answer to each question."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from secondround.interviews.models import Interview


class SessionStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", "In progress"
    FINISHED = "finished", "Finished"


class Hedging(models.TextChoices):
    NONE = "none", "None"
    SOME = "some", "Some"
    A_LOT = "a_lot", "A lot"


class PracticeSession(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_sessions"
    )
    interview = models.ForeignKey(
        Interview, on_delete=models.CASCADE, related_name="practice_sessions"
    )
    # The interviewer role the questions were chosen for ("" = a mix of everyone listed).
    asked_by = models.CharField(max_length=32, blank=True)
    length = models.PositiveSmallIntegerField(default=5)
    # The questions, chosen when the session starts, so resuming shows the same ones:
    # [{"id", "text", "competency", "kind", "reason", "probes": [...], "for_person"}].
    plan = models.JSONField(default=list)
    status = models.CharField(
        max_length=16, choices=SessionStatus.choices, default=SessionStatus.IN_PROGRESS
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Dry run {self.pk} for {self.interview}"


class PracticeAnswer(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    session = models.ForeignKey(PracticeSession, on_delete=models.CASCADE, related_name="answers")
    position = models.PositiveSmallIntegerField()
    is_probe = models.BooleanField(default=False)
    prompt = models.TextField()
    text = models.TextField()
    duration_s = models.FloatField(null=True, blank=True)
    # The coach's verdict, as the documented JSON of `secondround coach --json`.
    feedback = models.JSONField(default=dict)
    overall = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["session", "position"])]

    def __str__(self) -> str:
        kind = "follow-up" if self.is_probe else "answer"
        return f"{kind} to question {self.position + 1} of dry run {self.session_id}"


# A friend's comment is a note beside one answer, not an essay.
MAX_COMMENT_CHARS = 2_000

# What a friend records about one answer: the form asks for these, the export carries them.
MARK_FIELDS = (
    "heard_situation",
    "heard_task",
    "heard_action",
    "heard_result",
    "concrete_result",
    "hedging",
    "seconds",
    "rating",
    "comment",
)


class FriendMark(models.Model):
    """What a friend running the dry run noted for one question, beside the coach's view."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    session = models.ForeignKey(PracticeSession, on_delete=models.CASCADE, related_name="marks")
    position = models.PositiveSmallIntegerField()
    heard_situation = models.BooleanField(default=False)
    heard_task = models.BooleanField(default=False)
    heard_action = models.BooleanField(default=False)
    heard_result = models.BooleanField(default=False)
    concrete_result = models.BooleanField(default=False)
    hedging = models.CharField(max_length=8, choices=Hedging.choices, default=Hedging.NONE)
    seconds = models.PositiveIntegerField(null=True, blank=True)
    rating = models.PositiveSmallIntegerField(null=True, blank=True)
    comment = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["session", "position"], name="one_mark_per_question")
        ]

    def __str__(self) -> str:
        return f"friend's marks for question {self.position + 1} of dry run {self.session_id}"

    @property
    def parts_heard(self) -> str:
        flags = (
            (self.heard_situation, "S"),
            (self.heard_task, "T"),
            (self.heard_action, "A"),
            (self.heard_result, "R"),
        )
        return "".join(letter for flag, letter in flags if flag) or "none"
