from __future__ import annotations

from django import forms

from secondround.core.competencies import COMPETENCIES
from secondround.core.questions import KINDS
from secondround.interviews.models import PersonRole
from secondround.services.practice import MAX_ANSWER_CHARS


class CoachForm(forms.Form):
    question = forms.CharField(
        required=False,
        max_length=500,
        label="The question",
        help_text="Type it, or pick one of the bank's questions suggested as you type. Optional, "
        "but relevance needs it.",
        widget=forms.TextInput(attrs={"list": "bank-questions", "autocomplete": "off"}),
    )
    answer = forms.CharField(
        label="Your answer",
        max_length=MAX_ANSWER_CHARS,
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={
            "required": "Paste or type an answer to coach.",
            "max_length": f"That answer is over {MAX_ANSWER_CHARS:,} characters; shorten it.",
        },
    )
    interview = forms.TypedChoiceField(
        required=False,
        coerce=int,
        empty_value=None,
        label="Measure against the job of",
        error_messages={"invalid_choice": "Choose one of your interviews."},
    )


def _with_any(choices: dict[str, str], anything: str) -> list[tuple[str, str]]:
    return [("", anything), *choices.items()]


class BankFilterForm(forms.Form):
    """The question bank's filters, sent in the address so a filtered list can be bookmarked."""

    competency = forms.ChoiceField(
        required=False,
        choices=_with_any(COMPETENCIES, "Any competency"),
        error_messages={"invalid_choice": "Choose a competency from the list."},
    )
    kind = forms.ChoiceField(
        required=False,
        label="Kind of question",
        choices=_with_any(KINDS, "Any kind"),
        error_messages={"invalid_choice": "Choose a kind of question from the list."},
    )
    asked_by = forms.ChoiceField(
        required=False,
        label="Who asks",
        choices=_with_any(dict(PersonRole.choices), "Anyone"),
        error_messages={"invalid_choice": "Choose who asks from the list."},
    )
