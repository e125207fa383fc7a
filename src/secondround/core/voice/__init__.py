"""Delivery of a spoken answer: pace, fillers, pauses and length, from word timings (pure)."""

from __future__ import annotations

from secondround.core.voice.delivery import (
    Delivery,
    Filler,
    PaceWindow,
    Pause,
    VoiceRemark,
    Word,
    clock,
    find_fillers,
    measure_delivery,
)

__all__ = [
    "Delivery",
    "Filler",
    "PaceWindow",
    "Pause",
    "VoiceRemark",
    "Word",
    "clock",
    "find_fillers",
    "measure_delivery",
]
