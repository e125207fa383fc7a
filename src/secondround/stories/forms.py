"""The story form: four parts, where and when, confirmed competencies and tags."""

from __future__ import annotations

from typing import Any

from django import forms

from secondround.core.competencies import COMPETENCIES
from secondround.core.stories import MAX_PART_CHARS, Story, StoryError, validate_story

_PART_HELP = {
    "situation": "Where you were and what was at stake.",
    "task": "What you had to achieve, or what was yours to solve.",
    "action": "What you did yourself, step by step: this should carry most of the story.",
    "result": "What changed, with a number if you have one.",
}


class StoryForm(forms.Form):
    title = forms.CharField(max_length=200, required=False, help_text="A name you will remember.")
    situation = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    task = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)
    action = forms.CharField(widget=forms.Textarea(attrs={"rows": 5}), required=False)
    result = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    employer = forms.CharField(max_length=200, required=False)
    role = forms.CharField(max_length=200, required=False, label="Your role then")
    year = forms.IntegerField(
        required=False,
        min_value=1950,
        max_value=2100,
        error_messages={"invalid": "Give the year as a number such as 2023."},
    )
    metrics = forms.CharField(
        max_length=1000, required=False, help_text="Numbers that show the result, if any."
    )
    competencies = forms.MultipleChoiceField(
        choices=list(COMPETENCIES.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Tick what the story really shows; matching relies on these most.",
        error_messages={"invalid_choice": "%(value)s is not one of the competencies."},
    )
    tags = forms.CharField(max_length=500, required=False, help_text="Separated by commas.")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, text in _PART_HELP.items():
            field = self.fields[name]
            field.help_text = text
            field.max_length = MAX_PART_CHARS  # type: ignore[attr-defined]
            field.widget.attrs["maxlength"] = str(MAX_PART_CHARS)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.errors:
            return data
        try:
            self.story = validate_story(self.to_story(data))
        except StoryError as exc:
            raise forms.ValidationError(str(exc)) from exc
        return data

    @staticmethod
    def to_story(data: dict[str, Any]) -> Story:
        tags = tuple(t.strip() for t in str(data.get("tags") or "").split(",") if t.strip())
        return Story(
            title=data.get("title") or "",
            situation=data.get("situation") or "",
            task=data.get("task") or "",
            action=data.get("action") or "",
            result=data.get("result") or "",
            employer=data.get("employer") or "",
            role=data.get("role") or "",
            year=data.get("year"),
            metrics=data.get("metrics") or "",
            competencies=tuple(data.get("competencies") or ()),
            tags=tags,
        )

    @staticmethod
    def initial_from(story: Story) -> dict[str, Any]:
        return {**story.to_dict(), "tags": ", ".join(story.tags)}


class PasteForm(forms.Form):
    title = forms.CharField(max_length=200, required=False)
    answer = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=12_000,
        label="Your whole answer",
        help_text="Paste it as you would tell it; the coach splits it into the four parts.",
        error_messages={"required": "Paste the answer you want to keep as a story."},
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label="A Markdown or text file",
        help_text="## Title, then Situation: / Task: / Action: / Result: lines, and "
        "Competencies:. Up to 2 MB.",
    )
