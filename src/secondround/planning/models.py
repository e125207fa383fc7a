"""What the candidate decided about the debrief read from their notes.

The notes stay the source: items are read from them afresh each time, and a decision is keyed by
the item's kind and its evidence (the words of the notes it came from), so editing the notes never
leaves a stale copy behind, and a decision survives as long as its words are still in the notes.
"""

from __future__ import annotations

import uuid

from django.db import models

from secondround.interviews.models import Interview


class Decision(models.TextChoices):
    CONFIRMED = "confirmed", "Confirmed"
    DISMISSED = "dismissed", "Dismissed"
    # A promise from the notes that has been kept: a confirmed item with its to-do box ticked.
    DONE = "done", "Done"


class DebriefDecision(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    interview = models.ForeignKey(
        Interview, on_delete=models.CASCADE, related_name="debrief_decisions"
    )
    kind = models.CharField(max_length=16)
    evidence = models.TextField()
    status = models.CharField(max_length=16, choices=Decision.choices)
    # The candidate's own wording of the item; empty keeps the wording read from the notes.
    text = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["interview", "kind", "evidence"], name="one_decision_per_item"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_status_display()} {self.kind}: {self.evidence[:40]}"


class Reading(models.Model):
    """What a reader made of an interview's job description or notes, kept until either changes.

    `key` is a hash of the reader's version and of the text it read, so an edited text or a new
    reader is read afresh; being in the database, every server process shares it.
    """

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="readings")
    kind = models.CharField(max_length=16)
    key = models.CharField(max_length=64)
    data = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["interview", "kind"], name="one_reading_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.kind} reading of {self.interview_id}"
