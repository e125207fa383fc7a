from __future__ import annotations

from django.apps import AppConfig


class DayOfConfig(AppConfig):
    """Loose ends, the prep pack, the calendar and the follow-up after the interview (D9, D10)."""

    name = "secondround.dayof"
    label = "dayof"
