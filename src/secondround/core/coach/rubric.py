"""The published rubric (`data/coach/rubric.yaml`): weights and thresholds, checked as it loads."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from secondround.core.coach.data import CoachDataError, read_coach_yaml, read_data

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


def weights(kind: str | None = None) -> dict[str, float]:
    """Weight of each score in the overall score: the kind's fitted weights
    (`score_weights.json`, written by benchmarks/train_score.py) where it has them, else the
    rubric's."""
    fitted = kind_weights().get(kind or "")
    if fitted is not None:
        return dict(fitted)
    return {name: float(rubric()["weights"][name]) for name in SCORE_NAMES}


@lru_cache(maxsize=1)
def kind_weights() -> dict[str, dict[str, float]]:
    """The fitted weights per question kind; raises CoachDataError if the file is malformed."""
    try:
        data = json.loads(read_data("score_weights.json"))
    except json.JSONDecodeError as exc:
        raise CoachDataError(f"score_weights.json is not valid JSON: {exc}") from exc
    kinds = data.get("kinds") if isinstance(data, dict) else None
    if not isinstance(kinds, dict):
        raise CoachDataError("score_weights.json must hold a 'kinds' mapping.")
    out: dict[str, dict[str, float]] = {}
    for kind, row in kinds.items():
        if not isinstance(row, dict) or not all(
            isinstance(row.get(n), int | float) and row[n] >= 0 for n in SCORE_NAMES
        ):
            raise CoachDataError(f"score_weights.json: {kind} needs a number >= 0 per score.")
        if sum(row[n] for n in SCORE_NAMES) <= 0:
            raise CoachDataError(f"score_weights.json: the weights of {kind} are all zero.")
        out[str(kind)] = {n: float(row[n]) for n in SCORE_NAMES}
    return out
