"""Hosted mode's records: who an owner shares with, what they opened, organisations and limits.

A share never copies anything: it lets one account open another's interview (or all of them)
read-only, or as a reviewer who enters the friend's marks. Invitations are stored as the SHA-256
of their token, so a copy of the database holds no working link.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from secondround.interviews.models import Interview


class ShareRole(models.TextChoices):
    VIEWER = "viewer", "Viewer (sees, changes nothing)"
    REVIEWER = "reviewer", "Reviewer (enters the friend's marks and comments)"


class Share(models.Model):
    """Access the owner gave: to one interview, or to all of them (interview is null)."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shares_given"
    )
    interview = models.ForeignKey(
        Interview, null=True, blank=True, on_delete=models.CASCADE, related_name="shares"
    )
    role = models.CharField(max_length=10, choices=ShareRole.choices, default=ShareRole.VIEWER)
    # An email invitation names the address that may accept it; a link invitation names none.
    email = models.EmailField(blank=True)
    token_hash = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)
    grantee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="shares_received",
    )
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        what = str(self.interview) if self.interview_id else "all interviews"
        return f"{self.get_role_display()} of {what}"


class AccessEvent(models.Model):
    """One page a person with a share opened, or marks they saved: the owner's access log."""

    share = models.ForeignKey(Share, on_delete=models.CASCADE, related_name="events")
    who = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    what = models.CharField(max_length=200)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.who} {self.what}"


class Organisation(models.Model):
    name = models.CharField(max_length=120)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class Cohort(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="cohorts")
    name = models.CharField(max_length=120)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="one_cohort_name")
        ]

    def __str__(self) -> str:
        return self.name


class OrgRole(models.TextChoices):
    ADMIN = "admin", "Admin"
    COUNSELLOR = "counsellor", "Counsellor"
    CANDIDATE = "candidate", "Candidate"


class Membership(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=12, choices=OrgRole.choices)
    cohort = models.ForeignKey(
        Cohort, null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )
    # A candidate's progress reaches the organisation only once they say so, and stops when
    # they take it back.
    shares_progress = models.BooleanField(default=False)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="one_membership")
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.role}) in {self.organisation}"


class OrgInvite(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="invites")
    email = models.EmailField()
    role = models.CharField(max_length=12, choices=OrgRole.choices)
    cohort = models.ForeignKey(Cohort, null=True, blank=True, on_delete=models.SET_NULL)
    token_hash = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"invitation of {self.email} to {self.organisation}"


class Usage(models.Model):
    """What one account used on one day, for the per-user limits (accounts/limits.py)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    uploads = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="one_usage_a_day")]

    def __str__(self) -> str:
        return f"{self.user} on {self.day}"
