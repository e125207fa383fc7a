"""The candidate's own choices among the questions to ask: pinned, reworded, reordered, their
own, or dismissed. Suggestions themselves are worked out afresh from the bank each time."""

from __future__ import annotations

import uuid

from django.db import models
from django.db.models import Q

from secondround.interviews.models import Interview, Person


class AskStatus(models.TextChoices):
    PINNED = "pinned", "Pinned"
    DISMISSED = "dismissed", "Dismissed"


class AskedQuestion(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    interview = models.ForeignKey(
        Interview, on_delete=models.CASCADE, related_name="asked_questions"
    )
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="asked_questions")
    # The suggestion's key (a bank id or a follow-up's); empty for the candidate's own question.
    key = models.CharField(max_length=80, blank=True)
    text = models.TextField()
    why = models.TextField(blank=True)
    status = models.CharField(max_length=16, choices=AskStatus.choices, default=AskStatus.PINNED)
    position = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "key"], condition=~Q(key=""), name="one_choice_per_suggestion"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_status_display()}: {self.text[:40]}"
