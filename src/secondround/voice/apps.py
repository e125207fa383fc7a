from __future__ import annotations

from django.apps import AppConfig


class VoiceConfig(AppConfig):
    name = "secondround.voice"
    label = "voice"
    verbose_name = "Spoken answers"

    def ready(self) -> None:
        from secondround.voice import signals  # noqa: F401
