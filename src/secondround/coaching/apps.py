from __future__ import annotations

from django.apps import AppConfig


class CoachingConfig(AppConfig):
    name = "secondround.coaching"
    label = "coaching"
    verbose_name = "Answer coach"
