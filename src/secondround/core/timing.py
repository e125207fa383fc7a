"""Human countdowns to an interview."""

from __future__ import annotations

from datetime import datetime


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def countdown(now: datetime, start: datetime) -> str:
    """Say how far away `start` is, the way a person would ("in 3 days, 4 hours", "2 days ago")."""
    seconds = int((start - now).total_seconds())
    future = seconds >= 0
    seconds = abs(seconds)
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes = rest // 60
    if days >= 2:
        # Beyond two days the hours only add noise.
        text = _plural(days, "day")
    elif days == 1:
        text = _plural(days, "day") + (f", {_plural(hours, 'hour')}" if hours else "")
    elif hours:
        text = _plural(hours, "hour") + (f", {_plural(minutes, 'minute')}" if minutes else "")
    elif minutes:
        text = _plural(minutes, "minute")
    else:
        return "now"
    return f"in {text}" if future else f"{text} ago"
