"""The user's story bank: STAR stories reused across interviews, and which were told where."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower

from secondround.interviews.models import Interview


class Story(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="stories"
    )
    title = models.CharField(max_length=200)
    situation = models.TextField(blank=True)
    task = models.TextField(blank=True)
    action = models.TextField(blank=True)
    result = models.TextField(blank=True)
    employer = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    metrics = models.TextField(blank=True)
    # Competency keys the user confirmed; matching relies on these most.
    competencies = models.JSONField(default=list, blank=True)
    tags = models.JSONField(default=list, blank=True)
    # The semantic extra's per-part vectors (title, S, T, A, R) as float16, computed on save;
    # empty without the extra. `vectors_model` says which model made them.
    vectors = models.BinaryField(default=b"", blank=True)
    vectors_model = models.CharField(max_length=64, blank=True)
    # Interviews at which this story was told in an earlier round ("told in round one").
    told_at = models.ManyToManyField(Interview, related_name="stories_told", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title", "id"]
        verbose_name_plural = "stories"
        constraints = [
            models.UniqueConstraint("owner", Lower("title"), name="stories_one_title_per_owner")
        ]

    def __str__(self) -> str:
        return self.title
