"""Forms of hosted mode: an invitation, an organisation and its cohorts, deleting the account."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.models import User

from secondround.accounts.models import OrgRole, ShareRole
from secondround.services.sharing import DEFAULT_EXPIRY_DAYS, EXPIRY_DAYS

ALL_INTERVIEWS = "all"


class InviteForm(forms.Form):
    interview = forms.ChoiceField(label="What to share")
    role = forms.ChoiceField(
        choices=ShareRole.choices,
        initial=ShareRole.REVIEWER,
        label="What they may do",
        error_messages={"invalid_choice": "Choose viewer or reviewer."},
    )
    email = forms.EmailField(
        required=False,
        label="Their email (optional)",
        help_text="With an address, only that person can accept; without one, you get a link to "
        "send yourself, which works once.",
        error_messages={"invalid": "That email address does not look right; check it."},
    )
    days = forms.TypedChoiceField(
        choices=[(d, f"{d} day{'s' if d > 1 else ''}") for d in EXPIRY_DAYS],
        coerce=int,
        initial=DEFAULT_EXPIRY_DAYS,
        label="The invitation stays open for",
        error_messages={"invalid_choice": "Choose 1, 7 or 30 days."},
    )

    def __init__(self, *args: Any, interviews: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["interview"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(ALL_INTERVIEWS, "All my interviews"), *interviews]
        field.error_messages["invalid_choice"] = "Choose one of your interviews, or all of them."


class OrganisationForm(forms.Form):
    name = forms.CharField(
        max_length=120,
        label="Organisation name",
        error_messages={"required": "Give the organisation a name."},
    )


class CohortForm(forms.Form):
    name = forms.CharField(
        max_length=120, label="Cohort name", error_messages={"required": "Name the cohort."}
    )


class OrgInviteForm(forms.Form):
    email = forms.EmailField(
        label="Email",
        error_messages={
            "required": "Give the email address to invite.",
            "invalid": "That email address does not look right; check it.",
        },
    )
    role = forms.ChoiceField(
        choices=[(OrgRole.CANDIDATE, "Candidate"), (OrgRole.COUNSELLOR, "Counsellor")],
        label="As",
        error_messages={"invalid_choice": "Choose candidate or counsellor."},
    )
    cohort = forms.ChoiceField(required=False, label="Cohort (candidates)")

    def __init__(self, *args: Any, cohorts: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["cohort"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", "None yet"), *cohorts]
        field.error_messages["invalid_choice"] = "Choose one of this organisation's cohorts."


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        widget=forms.PasswordInput,
        label="Your password",
        error_messages={"required": "Type your password to delete your account."},
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That is not your password; nothing was deleted.")
        return password
