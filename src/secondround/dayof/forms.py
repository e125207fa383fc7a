"""Forms of the day-of pages: loose ends (with holidays and references), follow-up notes and
the thank-you email. Every rule lives in the core; the forms turn its refusals into field errors."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db import transaction
from django.forms import BaseInlineFormSet, inlineformset_factory

from secondround.core.followup import FollowUpError, check_address, check_draft
from secondround.core.loose_ends import (
    MAX_COMMUTE_MINUTES,
    LooseEndsError,
    check_commute,
    check_holiday,
    check_notice,
    employer_questions,
)
from secondround.dayof.models import DayOf, Holiday, Reference
from secondround.interviews.models import Interview, Person

MAX_ANSWER_CHARS = 2_000
MAX_DURATION_MINUTES = 8 * 60


class LooseEndsForm(forms.ModelForm):
    class Meta:
        model = DayOf
        fields = [
            "notice_amount",
            "notice_unit",
            "no_holidays",
            "commute_minutes",
            "commute_mode",
            "route",
            "journey_tested",
            "documents",
            "right_to_work",
            "adjustments",
            "duration_minutes",
        ]
        labels = {
            "notice_amount": "Notice period",
            "notice_unit": "Unit",
            "commute_minutes": "Journey time (minutes)",
            "commute_mode": "How you will travel",
            "documents": "Documents to bring",
            "right_to_work": "Right to work: your answer",
            "adjustments": "Adjustments you need",
            "duration_minutes": "Interview length (minutes)",
        }
        widgets = {
            "route": forms.Textarea(attrs={"rows": 2}),
            "documents": forms.Textarea(attrs={"rows": 3}),
            "right_to_work": forms.Textarea(attrs={"rows": 2}),
            "adjustments": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "documents": "One per line: ID, certificates, portfolio, printed CV.",
            "adjustments": 'Anything that would help on the day, or "none".',
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        answers = self.instance.answers or {}
        self.answer_fields: list[tuple[str, str]] = []
        for question in employer_questions():
            name = f"answer_{question.key}"
            self.fields[name] = forms.CharField(
                label=question.question,
                required=False,
                max_length=MAX_ANSWER_CHARS,
                help_text=question.hint,
                initial=answers.get(question.key, ""),
                widget=forms.Textarea(attrs={"rows": 2}),
            )
            self.answer_fields.append((name, question.key))
        self.fields["duration_minutes"].widget.attrs.update(
            {"min": 10, "max": MAX_DURATION_MINUTES}
        )
        self.fields["commute_minutes"].widget.attrs.update({"min": 1, "max": MAX_COMMUTE_MINUTES})

    def answer_bound_fields(self) -> list[forms.BoundField]:
        return [self[name] for name, _ in self.answer_fields]

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        try:
            check_notice(data.get("notice_amount"), data.get("notice_unit") or "weeks")
        except LooseEndsError as exc:
            self.add_error("notice_amount", str(exc))
        try:
            check_commute(data.get("commute_minutes"))
        except LooseEndsError as exc:
            self.add_error("commute_minutes", str(exc))
        duration = data.get("duration_minutes")
        if duration is not None and not 10 <= duration <= MAX_DURATION_MINUTES:
            self.add_error(
                "duration_minutes", "Give the interview's length in minutes, from 10 to 480."
            )
        return data

    def save(self, commit: bool = True) -> DayOf:
        dayof = super().save(commit=False)
        dayof.answers = {
            key: self.cleaned_data[name].strip()
            for name, key in self.answer_fields
            if self.cleaned_data.get(name, "").strip()
        }
        if commit:
            dayof.save()
        return dayof


class HolidayForm(forms.ModelForm):
    class Meta:
        model = Holiday
        fields = ["first_day", "last_day", "note"]
        labels = {"first_day": "From", "last_day": "To (last day away)", "note": "What"}
        widgets = {
            "first_day": forms.DateInput(attrs={"type": "date"}),
            "last_day": forms.DateInput(attrs={"type": "date"}),
        }
        error_messages = {
            "first_day": {"invalid": "Enter the first day as a date (YYYY-MM-DD)."},
            "last_day": {"invalid": "Enter the last day as a date (YYYY-MM-DD)."},
        }

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        first, last = data.get("first_day"), data.get("last_day")
        if first and last:
            try:
                check_holiday(first, last)
            except LooseEndsError as exc:
                self.add_error("last_day", str(exc))
        elif self.has_changed() and not self.errors:
            self.add_error(
                "last_day" if first else "first_day", "Give both the first and last day."
            )
        return data


class ReferenceForm(forms.ModelForm):
    class Meta:
        model = Reference
        fields = ["name", "relationship", "contact", "asked"]
        labels = {"relationship": "Who they are to you", "asked": "Asked them already"}
        error_messages = {"name": {"required": "Enter the referee's name, or clear the row."}}


HolidayFormSet = inlineformset_factory(
    Interview, Holiday, form=HolidayForm, extra=1, can_delete=True, max_num=20, validate_max=True
)
ReferenceFormSet = inlineformset_factory(
    Interview,
    Reference,
    form=ReferenceForm,
    extra=2,
    can_delete=True,
    max_num=10,
    validate_max=True,
)


class FollowUpForm(forms.Form):
    """After the interview: how it went with each person, their address, and the email."""

    sender_name = forms.CharField(label="Your name", required=False, max_length=200)
    sender_email = forms.CharField(label="Your email", required=False, max_length=254)
    subject = forms.CharField(label="Subject", max_length=200)
    body = forms.CharField(label="Email", widget=forms.Textarea(attrs={"rows": 18}))
    thank_you_sent = forms.BooleanField(label="I have sent it", required=False)

    def __init__(self, *args: Any, people: list[Person], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.people = people
        for person in people:
            self.fields[f"email_{person.pk}"] = forms.CharField(
                label=f"{person.name}'s email", required=False, max_length=254
            )
            self.fields[f"note_{person.pk}"] = forms.CharField(
                label=f"How it went with {person.name}",
                required=False,
                max_length=MAX_ANSWER_CHARS,
                widget=forms.Textarea(attrs={"rows": 3}),
                help_text="What you talked about, what they asked, what they seemed to want.",
            )

    def person_fields(self) -> list[tuple[Person, forms.BoundField, forms.BoundField]]:
        return [(p, self[f"email_{p.pk}"], self[f"note_{p.pk}"]) for p in self.people]

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        names = ["sender_email", *(f"email_{p.pk}" for p in self.people)]
        for name in names:
            value = (data.get(name) or "").strip()
            if value:
                try:
                    data[name] = check_address(value)
                except FollowUpError as exc:
                    self.add_error(name, str(exc))
        if data.get("subject") and data.get("body"):
            try:
                draft = check_draft(data["subject"], data["body"])
                data["subject"], data["body"] = draft.subject, draft.body
            except FollowUpError as exc:
                self.add_error("body", str(exc))
        return data


def save_loose_ends(
    interview: Interview,
    form: LooseEndsForm,
    holidays: BaseInlineFormSet[Any, Any, Any],
    references: BaseInlineFormSet[Any, Any, Any],
) -> DayOf:
    """Store the loose ends, holidays and references together: all of it, or none of it."""
    with transaction.atomic():
        record = form.save(commit=False)
        record.interview = interview
        record.save()
        for formset in (holidays, references):
            formset.instance = interview
            saved = formset.save(commit=False)
            for removed in formset.deleted_objects:
                removed.delete()
            for row in saved:
                row.interview = interview
                row.save()
    return record
