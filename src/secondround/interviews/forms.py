"""Forms for the interview workspace, used by the web pages and by the command line alike, so
both apply the same rules and say the same thing about bad input."""

from __future__ import annotations

import zoneinfo
from datetime import datetime
from functools import lru_cache
from typing import Any

from django import forms
from django.contrib.auth.models import User
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.forms import BaseInlineFormSet, inlineformset_factory

from secondround.interviews.models import EARLIEST_YEAR, LATEST_YEAR, MAX_PEOPLE, Interview, Person
from secondround.services.documents import (
    MAX_TEXT_CHARS,
    DocumentError,
    check_text_length,
    extract_text,
)


@lru_cache(maxsize=1)
def timezone_choices() -> list[tuple[str, str]]:
    zones = sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC")
    return [(z, z.replace("_", " ")) for z in zones]


class InterviewForm(forms.ModelForm):
    # ISO only: browsers' date inputs send it, and 03/04 means different days in different places.
    date = forms.DateField(
        required=False,
        input_formats=["%Y-%m-%d"],
        # A date input shows only an ISO value; the locale's format (03/12/2026) leaves it empty.
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": "Enter the date as YYYY-MM-DD, for example 2026-12-03."},
    )
    time = forms.TimeField(
        required=False,
        input_formats=["%H:%M", "%H:%M:%S"],
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": "Enter the time as HH:MM, for example 14:30."},
    )
    timezone = forms.ChoiceField(
        label="Time zone",
        choices=timezone_choices,
        initial="UTC",
        error_messages={
            "invalid_choice": "%(value)s is not a time zone; use a name such as Europe/London."
        },
    )
    job_file = forms.FileField(
        required=False,
        label="…or upload it",
        help_text=".txt, .md, .pdf or .docx, up to 10 MB. Replaces the text above.",
    )

    class Meta:
        model = Interview
        fields = [
            "company",
            "role",
            "round",
            "format",
            "place",
            "job_description",
            "notes",
            "status",
        ]
        labels = {
            "role": "Role you applied for",
            "round": "Round",
            "place": "Place or link",
            "notes": "Notes from earlier rounds",
        }
        help_texts = {
            "notes": "What was discussed, concerns they raised, what you promised to send.",
        }
        widgets = {
            "job_description": forms.Textarea(attrs={"rows": 8}),
            "notes": forms.Textarea(attrs={"rows": 6}),
        }
        error_messages = {
            "company": {"required": "Enter the company's name."},
            "role": {"required": "Enter the role you applied for."},
            "round": {"invalid": "The round is a whole number, such as 2."},
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["round"].widget.attrs.update({"min": 1, "max": 20})
        if not self.instance.pk:
            # A new interview is being prepared for; the status matters only afterwards.
            del self.fields["status"]
        start = self.instance.local_start if self.instance.pk else None
        if start is not None:
            self.initial.setdefault("date", start.date())
            if self.instance.time_set:
                self.initial.setdefault("time", start.time().replace(second=0, microsecond=0))
        if self.instance.pk:
            self.initial.setdefault("timezone", self.instance.timezone)

    def clean_company(self) -> str:
        return self._required_text("company", "Enter the company's name.")

    def clean_role(self) -> str:
        return self._required_text("role", "Enter the role you applied for.")

    def _required_text(self, field: str, message: str) -> str:
        value = (self.cleaned_data.get(field) or "").strip()
        if not value:
            raise forms.ValidationError(message)
        return value

    def clean_round(self) -> int:
        value = self.cleaned_data.get("round")
        if value is None:
            return 2
        if not 1 <= value <= 20:
            raise forms.ValidationError("The round is a number from 1 to 20.")
        return value

    def clean_job_description(self) -> str:
        text = self.cleaned_data.get("job_description") or ""
        return self._checked_length(text, "The job description")

    def clean_notes(self) -> str:
        return self._checked_length(self.cleaned_data.get("notes") or "", "The notes")

    def _checked_length(self, text: str, what: str) -> str:
        try:
            return check_text_length(text.strip(), what)
        except DocumentError as exc:
            raise forms.ValidationError(str(exc)) from exc

    def clean_job_file(self) -> UploadedFile | None:
        upload = self.cleaned_data.get("job_file")
        if not upload:
            return None
        data = upload.read()
        try:
            self._job_file_text = extract_text(upload.name or "upload", data)
        except DocumentError as exc:
            raise forms.ValidationError(str(exc)) from exc
        return upload

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        date, time, zone = cleaned.get("date"), cleaned.get("time"), cleaned.get("timezone")
        if time and not date and "date" not in self.errors:
            self.add_error("date", "Add the date as well as the time.")
        elif date and not EARLIEST_YEAR <= date.year <= LATEST_YEAR:
            # Year 9999 in Honolulu is year 10000 in UTC, which cannot be stored.
            self.add_error("date", f"Enter a date between {EARLIEST_YEAR} and {LATEST_YEAR}.")
        elif date and zone:
            naive = datetime.combine(date, time or datetime.min.time())
            cleaned["starts_at"] = naive.replace(tzinfo=zoneinfo.ZoneInfo(zone))
        elif not date and "date" not in self.errors:
            cleaned["starts_at"] = None
        return cleaned

    def save(self, commit: bool = True) -> Interview:
        interview: Interview = super().save(commit=False)
        if "starts_at" in self.cleaned_data:
            interview.starts_at = self.cleaned_data["starts_at"]
        interview.timezone = self.cleaned_data.get("timezone") or "UTC"
        upload = self.cleaned_data.get("job_file")
        if upload is not None:
            interview.job_description = self._job_file_text
            interview.job_description_source = upload.name or ""
        if commit:
            interview.save()
        return interview


class PersonForm(forms.ModelForm):
    class Meta:
        model = Person
        fields = ["name", "role", "title"]
        labels = {"title": "Job title"}
        error_messages = {"name": {"required": "Enter the person's name, or clear the row."}}


PeopleFormSet = inlineformset_factory(
    Interview,
    Person,
    form=PersonForm,
    extra=2,
    can_delete=True,
    max_num=MAX_PEOPLE,
    validate_max=True,
)


class InterviewInvalid(ValueError):
    """The values cannot make an interview; the message names the first problem."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        # "" for a problem of the whole interview, "people" for one of the people.
        self.field = field


def save_interview(
    form: InterviewForm,
    people: BaseInlineFormSet[Person, Interview, PersonForm],
    owner: User,
) -> Interview:
    """Save a valid interview form and its people together: all of it is stored, or none."""
    with transaction.atomic():
        interview = form.save(commit=False)
        interview.owner = owner
        interview.save()
        people.instance = interview
        saved = people.save(commit=False)
        for removed in people.deleted_objects:
            removed.delete()
        for person in saved:
            person.interview = interview
            person.save()
    return interview


def add_interview(
    owner: User,
    values: dict[str, str],
    people: list[dict[str, str]],
    job_file: UploadedFile | None = None,
) -> Interview:
    """A new interview from plain values, checked by the same rules as the page's form; the
    command line adds interviews through this. InterviewInvalid names the first problem."""
    form = InterviewForm(values, {"job_file": job_file} if job_file is not None else {})
    if not form.is_valid():
        field, errors = next(iter(form.errors.items()))
        raise InterviewInvalid("" if field == "__all__" else field, str(errors[0]))
    if len(people) > MAX_PEOPLE:
        raise InterviewInvalid("people", f"Please submit at most {MAX_PEOPLE} people.")
    checked = [PersonForm(person) for person in people]
    for person_form in checked:
        if not person_form.is_valid():
            raise InterviewInvalid("people", str(next(iter(person_form.errors.values()))[0]))
    with transaction.atomic():
        interview = form.save(commit=False)
        interview.owner = owner
        interview.save()
        for person_form in checked:
            person = person_form.save(commit=False)
            person.interview = interview
            person.save()
    return interview


__all__ = [
    "MAX_PEOPLE",
    "MAX_TEXT_CHARS",
    "InterviewForm",
    "InterviewInvalid",
    "PeopleFormSet",
    "PersonForm",
    "add_interview",
    "save_interview",
]
