"""Stored records of the interview workspace. Every record belongs to a user (D12 later adds
accounts, not a redesign) and carries a UUID that survives export and import."""

from __future__ import annotations

import uuid
import zoneinfo
from datetime import datetime

from django.conf import settings
from django.db import models

from secondround.core.roles import ROLES


class Format(models.TextChoices):
    ON_SITE = "on_site", "On site"
    VIDEO = "video", "Video"
    PHONE = "phone", "Phone"


class Status(models.TextChoices):
    PREPARING = "preparing", "Preparing"
    DONE = "done", "Done, waiting to hear"
    OFFER = "offer", "Offer"
    REJECTED = "rejected", "Not this time"
    WITHDRAWN = "withdrawn", "Withdrawn"


class PersonRole(models.TextChoices):
    # The keys and labels are core.roles.ROLES: one wording everywhere (a test holds them equal).
    LINE_MANAGER = "line_manager", ROLES["line_manager"]
    SENIOR_EXECUTIVE = "senior_executive", ROLES["senior_executive"]
    TEAM_MEMBER = "team_member", ROLES["team_member"]
    CURRENT_HOLDER = "current_holder", ROLES["current_holder"]
    HR = "hr", ROLES["hr"]
    OTHER = "other", ROLES["other"]


class Interview(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="interviews"
    )
    company = models.CharField(max_length=200)
    role = models.CharField(max_length=200)
    round = models.PositiveSmallIntegerField(default=2)
    starts_at = models.DateTimeField(null=True, blank=True)
    timezone = models.CharField(max_length=64, default="UTC")
    format = models.CharField(max_length=16, choices=Format.choices, default=Format.ON_SITE)
    place = models.CharField(max_length=300, blank=True)
    job_description = models.TextField(blank=True)
    job_description_source = models.CharField(max_length=255, blank=True)
    notes = models.TextField(blank=True, help_text="Notes from earlier rounds.")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PREPARING)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["starts_at", "id"]
        indexes = [models.Index(fields=["owner", "starts_at"])]

    def __str__(self) -> str:
        return f"{self.company} – {self.role} (round {self.round})"

    @property
    def local_start(self) -> datetime | None:
        """The start time in the interview's own time zone, as the candidate will read it."""
        if self.starts_at is None:
            return None
        try:
            zone = zoneinfo.ZoneInfo(self.timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            zone = zoneinfo.ZoneInfo("UTC")
        return self.starts_at.astimezone(zone)

    @property
    def time_set(self) -> bool:
        """Whether a time of day was given: a date alone is stored as midnight, its local start."""
        start = self.local_start
        return start is not None and (start.hour, start.minute) != (0, 0)


class Person(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="people")
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=32, choices=PersonRole.choices, default=PersonRole.OTHER)
    title = models.CharField(max_length=200, blank=True, help_text="Their job title, if known.")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_role_display()})"
