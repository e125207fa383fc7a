"""The delivery thresholds (data/voice/delivery.yaml), read and checked once."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


class VoiceDataError(RuntimeError):
    """The shipped delivery.yaml is missing or malformed (a packaging fault)."""


_KEYS = {
    "pace": ("slow_below", "ideal_low", "ideal_high", "fast_above", "window_seconds"),
    "fillers": ("noticeable_per_minute", "sounds", "phrases", "set_off"),
    "pauses": ("long_seconds",),
}


@cache
def delivery_config() -> dict[str, Any]:
    """The thresholds and word lists of data/voice/delivery.yaml."""
    try:
        text = resources.files("secondround").joinpath("data", "voice", "delivery.yaml")
        data = yaml.safe_load(text.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise VoiceDataError(f"voice/delivery.yaml cannot be read: {exc}") from exc
    if not isinstance(data, dict) or data.get("version") != 1:
        raise VoiceDataError("voice/delivery.yaml must be a mapping with version: 1.")
    for section, keys in _KEYS.items():
        missing = [k for k in keys if k not in (data.get(section) or {})]
        if missing:
            raise VoiceDataError(f"voice/delivery.yaml: {section} needs {', '.join(missing)}.")
    return data
