from __future__ import annotations

from django import forms

from secondround.services.practice import MAX_ANSWER_CHARS


class CoachForm(forms.Form):
    question = forms.CharField(
        required=False,
        max_length=500,
        label="The question",
        help_text="Type it, or pick one from the bank below. Optional, but relevance needs it.",
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
