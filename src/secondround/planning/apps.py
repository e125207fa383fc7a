from __future__ import annotations

from django.apps import AppConfig


class PlanningConfig(AppConfig):
    name = "secondround.planning"
    label = "planning"
    verbose_name = "Plan and debrief"
