from __future__ import annotations

from django.apps import AppConfig


class PracticeConfig(AppConfig):
    name = "secondround.practice"
    label = "practice"
    verbose_name = "Dry runs"
