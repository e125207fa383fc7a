"""Forms of the dry run: starting one, answering, and a friend's marks."""

from __future__ import annotations

from typing import Any

from django import forms

from secondround.interviews.models import PersonRole
from secondround.practice.models import MARK_FIELDS, MAX_COMMENT_CHARS, FriendMark
from secondround.services.practice import LENGTHS, MAX_ANSWER_CHARS


class StartForm(forms.Form):
    length = forms.TypedChoiceField(
        choices=[(n, f"{n} questions" + (" (a quick warm-up)" if n == 3 else "")) for n in LENGTHS],
        coerce=int,
        initial=5,
        label="How many questions",
        error_messages={"invalid_choice": "Choose 3, 5, 10 or 15 questions."},
    )
    include_mastered = forms.BooleanField(
        required=False,
        label="Include what I have already mastered",
        help_text="Left out by default: competencies you scored 80 or more on, twice, this month.",
    )
    asked_by = forms.ChoiceField(
        required=False,
        label="Who is asking",
        error_messages={"invalid_choice": "Choose someone from the list."},
    )

    def __init__(self, *args: Any, people: list[tuple[str, str]] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        listed: list[tuple[str, str]] = []
        for name, role in people or []:
            if role not in {r for r, _ in listed}:
                listed.append((role, f"{name} ({PersonRole(role).label})"))
        others = [(r, label) for r, label in PersonRole.choices if r not in {r for r, _ in listed}]
        # Roles read as the Person model's labels ("HR", "Line manager"), grouped under what
        # they are, so no label is made up here.
        choices: list[Any] = [("", "A mix of everyone you will meet")]
        if listed:
            choices.append(("People you will meet", listed))
        if others:
            choices.append(("Anyone in the role of", others))
        field = self.fields["asked_by"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = choices


class AnswerForm(forms.Form):
    position = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    is_probe = forms.BooleanField(required=False, widget=forms.HiddenInput)
    duration_s = forms.FloatField(required=False, min_value=0, widget=forms.HiddenInput)
    answer = forms.CharField(
        label="Your answer",
        widget=forms.Textarea(attrs={"rows": 9, "autofocus": True}),
        max_length=MAX_ANSWER_CHARS,
        strip=True,
        error_messages={
            "required": "Type your answer before sending it.",
            "max_length": f"That answer is over {MAX_ANSWER_CHARS:,} characters; shorten it.",
        },
    )


class FriendMarkForm(forms.ModelForm):
    class Meta:
        model = FriendMark
        fields = list(MARK_FIELDS)
        labels = {
            "heard_situation": "Situation",
            "heard_task": "Task",
            "heard_action": "Action",
            "heard_result": "Result",
            "concrete_result": "A concrete, measurable result",
            "hedging": "Hedging (“I guess”, “sort of”)",
            "seconds": "Time taken (seconds)",
            "rating": "Overall, 1–5",
            "comment": "What would make it better",
        }
        widgets = {
            "comment": forms.Textarea(attrs={"rows": 2}),
            "rating": forms.NumberInput(attrs={"min": 1, "max": 5}),
            "seconds": forms.NumberInput(attrs={"min": 0, "max": 3600}),
        }

    def clean_rating(self) -> int | None:
        rating = self.cleaned_data.get("rating")
        if rating is not None and not 1 <= rating <= 5:
            raise forms.ValidationError("Give a rating from 1 to 5, or leave it empty.")
        return rating

    def clean_comment(self) -> str:
        comment = (self.cleaned_data.get("comment") or "").strip()
        if len(comment) > MAX_COMMENT_CHARS:
            raise forms.ValidationError(
                f"Keep the comment under {MAX_COMMENT_CHARS:,} characters ({len(comment):,} now)."
            )
        return comment

    def clean_seconds(self) -> int | None:
        seconds = self.cleaned_data.get("seconds")
        if seconds is not None and seconds > 3600:
            raise forms.ValidationError("Give the time in seconds, at most 3600.")
        return seconds


MarkForms = list[tuple[int, Any, FriendMarkForm]]


def friend_mark_forms(session: Any, data: Any = None) -> MarkForms:
    """One marks form per question of the dry run, filled with what was saved before; the owner's
    page and a reviewer's shared page both use these."""
    existing = {mark.position: mark for mark in session.marks.all()}
    return [
        (
            position,
            question,
            FriendMarkForm(
                data,
                prefix=f"q{position}",
                instance=existing.get(position) or FriendMark(session=session, position=position),
            ),
        )
        for position, question in enumerate(session.plan)
    ]


def save_friend_marks(forms: MarkForms) -> bool:
    """Save every form if all are valid (then True); otherwise save none."""
    if not all(form.is_valid() for _, _, form in forms):
        return False
    for _, _, form in forms:
        form.save()
    return True
