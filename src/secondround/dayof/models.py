"""What the candidate prepares for the day itself and writes after it: loose ends (notice,
holidays, commute, documents, references, right to work, adjustments, the employer's practical
questions), the thank-you email, and a note of how it went with each person."""

from __future__ import annotations

import uuid

from django.db import models

from secondround.interviews.models import Interview, Person


class NoticeUnit(models.TextChoices):
    DAYS = "days", "days"
    WEEKS = "weeks", "weeks"
    MONTHS = "months", "months"


class CommuteMode(models.TextChoices):
    WALK = "on foot", "On foot"
    CYCLE = "by bike", "By bike"
    BUS = "by bus", "By bus"
    TRAIN = "by train", "By train or metro"
    CAR = "by car", "By car"
    TAXI = "by taxi", "By taxi"
    OTHER = "", "Other or mixed"


class DayOf(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    interview = models.OneToOneField(Interview, on_delete=models.CASCADE, related_name="dayof")
    notice_amount = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Your notice period; 0 if you could start at once."
    )
    notice_unit = models.CharField(
        max_length=8, choices=NoticeUnit.choices, default=NoticeUnit.WEEKS
    )
    no_holidays = models.BooleanField(default=False, help_text="I have no holidays booked.")
    commute_minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    commute_mode = models.CharField(max_length=16, choices=CommuteMode.choices, blank=True)
    route = models.TextField(
        blank=True, help_text="The route, the stop or car park, who to ask for."
    )
    journey_tested = models.BooleanField(
        default=False, help_text="I have tried the journey at the time of day of the interview."
    )
    documents = models.TextField(blank=True)
    right_to_work = models.TextField(blank=True)
    adjustments = models.TextField(blank=True)
    # Prepared answers to the employer's practical questions, keyed as in employer_questions.yaml.
    answers = models.JSONField(default=dict, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        default=60, help_text="How long the interview is expected to last."
    )
    sender_name = models.CharField(max_length=200, blank=True)
    sender_email = models.CharField(max_length=254, blank=True)
    # An empty subject or body means "use the draft written from the notes".
    thank_you_subject = models.CharField(max_length=200, blank=True)
    thank_you_body = models.TextField(blank=True)
    thank_you_sent = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Day-of kit for {self.interview}"


class Holiday(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="holidays")
    first_day = models.DateField()
    last_day = models.DateField()
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["first_day", "id"]

    def __str__(self) -> str:
        return f"{self.first_day} to {self.last_day}"


class Reference(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="references")
    name = models.CharField(max_length=200)
    relationship = models.CharField(max_length=200, blank=True)
    contact = models.CharField(max_length=300, blank=True)
    asked = models.BooleanField(default=False)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name


class PersonFollowUp(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    person = models.OneToOneField(Person, on_delete=models.CASCADE, related_name="follow_up")
    email = models.CharField(max_length=254, blank=True)
    how_it_went = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Follow-up for {self.person}"
