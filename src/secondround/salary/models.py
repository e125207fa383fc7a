"""Salary work for an interview (the title looked up, the occupation chosen, the minimum), the
candidate's own data points, and newer official tables imported with `secondround salary update`."""

from __future__ import annotations

import uuid

from django.db import models

from secondround.interviews.models import Interview


class Country(models.TextChoices):
    US = "us", "United States (US$)"
    UK = "uk", "United Kingdom (£)"


class PointKind(models.TextChoices):
    OFFER = "offer", "Offer"
    ADVERT = "advert", "Advert"
    RECRUITER = "recruiter", "Recruiter's range"
    CURRENT = "current", "Current pay"


class SalaryWork(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    interview = models.OneToOneField(
        Interview, on_delete=models.CASCADE, related_name="salary_work"
    )
    title = models.CharField(max_length=200)
    country = models.CharField(max_length=2, choices=Country.choices, default=Country.UK)
    # Empty: the best match of the title; otherwise the occupation the candidate picked.
    occupation_code = models.CharField(max_length=16, blank=True)
    minimum = models.PositiveIntegerField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Salary for {self.title} ({self.country})"


class SalaryPoint(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="salary_points")
    kind = models.CharField(max_length=16, choices=PointKind.choices)
    # Whole annual amounts in the currency of the interview's salary country.
    low = models.PositiveIntegerField()
    high = models.PositiveIntegerField(null=True, blank=True)
    currency = models.CharField(max_length=3)
    seen_on = models.DateField()
    note = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["seen_on", "id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.low}"


class SalaryTableFile(models.Model):
    """A newer official table than the one shipped; public data, shared by every account."""

    country = models.CharField(max_length=2, choices=Country.choices)
    reference_date = models.DateField()
    reference_label = models.CharField(max_length=64)
    filename = models.CharField(max_length=255)
    occupations = models.PositiveIntegerField()
    # The table in secondround's own CSV form (core.salary.official.table_to_csv).
    data = models.TextField()
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-reference_date", "-imported_at"]

    def __str__(self) -> str:
        return f"{self.country} {self.reference_label} ({self.filename})"
