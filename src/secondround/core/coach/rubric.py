"""The published rubric (`data/coach/rubric.yaml`): weights and thresholds, checked as it loads."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from secondround.core.coach.data import CoachDataError, read_coach_yaml

SCORE_NAMES = (
    "structure",
    "specificity",
    "result",
    "ownership",
    "confidence",
    "length",
    "relevance",
)
_SECTIONS = ("weights", "structure", "specificity", "result", "ownership", "confidence")
_MORE_SECTIONS = ("length", "relevance", "limits", "caps")


@lru_cache(maxsize=1)
def rubric() -> dict[str, Any]:
    """The rubric as a dict; raises CoachDataError with the fault if the file is malformed."""
    data = read_coach_yaml("rubric.yaml")
    for section in (*_SECTIONS, *_MORE_SECTIONS):
        if not isinstance(data.get(section), dict):
            raise CoachDataError(f"rubric.yaml lacks the section {section!r}.")
    weights = data["weights"]
    for name in SCORE_NAMES:
        value = weights.get(name)
        if not isinstance(value, int | float) or value < 0:
            raise CoachDataError(f"rubric.yaml: weight of {name!r} must be a number >= 0.")
    if sum(weights[n] for n in SCORE_NAMES) <= 0:
        raise CoachDataError("rubric.yaml: the weights cannot all be zero.")
    for kind, norm in data["length"].get("norms", {}).items():
        keys = ("min_words", "max_words", "min_seconds", "max_seconds")
        if not isinstance(norm, dict) or not all(isinstance(norm.get(k), int) for k in keys):
            raise CoachDataError(f"rubric.yaml: length norm {kind!r} needs {', '.join(keys)}.")
    for name in ("top_without_remarks", "job_core_missing"):
        if not isinstance(data["caps"].get(name), int | float):
            raise CoachDataError(f"rubric.yaml: caps needs a number for {name!r}.")
    if "behavioural" not in data["length"].get("norms", {}):
        raise CoachDataError("rubric.yaml: length norms must include 'behavioural'.")
    return data


def weights() -> dict[str, float]:
    """Weight of each score in the overall score, as in the rubric."""
    return {name: float(rubric()["weights"][name]) for name in SCORE_NAMES}
