"""Form data and stored stories shared by the story bank's web tests (our own wording)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User

from secondround.core.stories import Story as CoreStory
from secondround.services.stories import save_story
from secondround.stories.models import Story


def story_form(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": "The furious customer and the lost refund",
        "situation": "On the help desk a customer called, furious that his refund was late.",
        "task": "I had to calm him down and get his money back.",
        "action": "I listened, checked the order myself and fixed a wrong address.",
        "result": "He had his refund in two days and thanked my manager.",
        "employer": "Northwind",
        "role": "Support agent",
        "year": "2023",
        "metrics": "",
        "tags": "refund, help desk",
    }
    data.update(overrides)
    return data


def stored(user: User, title: str = "Supplier went bust", **fields: Any) -> Story:
    parts: dict[str, Any] = {
        "situation": "Two weeks before launch our packaging supplier went bust.",
        "task": "I had to find a new supplier without moving the date.",
        "action": "I called six suppliers and persuaded finance to approve a higher price.",
        "result": "We launched on time and beat the forecast by 12%.",
    }
    parts.update(fields)
    return save_story(user, CoreStory(title=title, **parts))
