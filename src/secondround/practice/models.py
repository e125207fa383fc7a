"""Stored dry runs. Answers are append-only: every answer given is kept, even from two tabs at
once, and the report reads the latest answer to each question."""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models

from secondround.core.dry_run_scores import AnswerScore, DryRunScores, score_dry_run
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
    # The scores as they stand (DryRunScores.to_dict()), refreshed by whatever stores answers
    # (a dry run, an import), so the progress page reads one row per dry run; `overall` is None
    # until one is answered.
    overall = models.PositiveSmallIntegerField(null=True, blank=True)
    summary = models.JSONField(default=dict)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Dry run {self.pk} for {self.interview}"

    @property
    def scores(self) -> DryRunScores:
        return DryRunScores.from_dict(self.summary)

    def refresh_scores(self) -> DryRunScores:
        """Recompute the stored scores from the answers' summaries (no feedback decoded)."""
        rows = self.answers.order_by("created_at", "id").values_list(
            "position", "is_probe", "overall", "scores"
        )
        scores = score_dry_run(self.plan, (AnswerScore(*row) for row in rows))
        self.overall, self.summary = scores.overall, scores.to_dict()
        PracticeSession.objects.filter(pk=self.pk).update(
            overall=self.overall, summary=self.summary
        )
        return scores


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
    # A follow-up's answer is coached together with the first one, so on a probe answer
    # `overall` and `scores` are the score with the follow-up; on the first answer, without.
    overall = models.PositiveSmallIntegerField(default=0)
    # A summary of the feedback, kept beside it so the progress page, the next step and the
    # mastered check read a few small columns instead of decoding every answer's feedback.
    scores = models.JSONField(default=dict)
    probe = models.TextField(blank=True)
    competency = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["session", "position"])]

    def __str__(self) -> str:
        kind = "follow-up" if self.is_probe else "answer"
        return f"{kind} to question {self.position + 1} of dry run {self.session_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        # The summary follows the feedback however an answer is stored: coached, or imported.
        self.scores, self.probe = summarise_feedback(self.feedback)
        self.competency = question_competency(self.session.plan, self.position)
        fields = kwargs.get("update_fields")
        if fields is not None:
            kwargs["update_fields"] = {*fields, "scores", "probe", "competency"}
        super().save(*args, **kwargs)


def summarise_feedback(feedback: Any) -> tuple[dict[str, int | float], str]:
    """The score numbers and the follow-up probe of a coach's verdict (its JSON)."""
    if not isinstance(feedback, dict):
        return {}, ""
    raw = feedback.get("scores")
    scores = {
        str(name): value
        for name, value in (raw.items() if isinstance(raw, dict) else ())
        if isinstance(value, int | float) and not isinstance(value, bool)
    }
    probe = feedback.get("probe")
    return scores, probe if isinstance(probe, str) else ""


def question_competency(plan: Any, position: int) -> str:
    """The competency the dry run's question at `position` tests ("" when it names none)."""
    if not isinstance(plan, list) or not 0 <= position < len(plan):
        return ""
    question = plan[position]
    competency = question.get("competency") if isinstance(question, dict) else None
    return str(competency)[:64] if competency else ""


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
