"""Template tags to show the coach's feedback anywhere an answer appears."""

from __future__ import annotations

from typing import Any

from django import template

from secondround.core.competencies import competency_label
from secondround.core.questions import KINDS
from secondround.services.coaching import feedback_view

register = template.Library()


@register.inclusion_tag("coaching/_feedback.html")
def feedback(result: dict[str, Any]) -> dict[str, Any]:
    """Render a coach result (the JSON of `secondround coach --json`) with remarks per sentence."""
    return {"fb": feedback_view(result)}


@register.simple_tag
def competency(key: str) -> str:
    return competency_label(key)


@register.simple_tag
def kind(key: str) -> str:
    """The label of a kind of question (salary, motivation…)."""
    return KINDS.get(key, key.replace("_", " ").capitalize())
