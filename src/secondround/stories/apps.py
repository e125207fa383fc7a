from __future__ import annotations

from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "secondround.stories"
    label = "stories"
    verbose_name = "Stories"
