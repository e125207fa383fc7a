from __future__ import annotations

from django.apps import AppConfig


class AskingConfig(AppConfig):
    name = "secondround.asking"
    label = "asking"
    verbose_name = "Questions to ask"
