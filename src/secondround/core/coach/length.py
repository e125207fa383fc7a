"""Length of an answer, in words and speaking time, against the norm for its kind of question."""

from __future__ import annotations

from secondround.core.coach.feedback import Length
from secondround.core.coach.rubric import rubric

# The length norm of each question kind (see kinds.py); norms live in rubric.yaml.
NORM_OF_KIND = {
    "behavioural": "behavioural",
    "in_depth": "in_depth",
    "motivation": "motivation",
    "company_knowledge": "motivation",
    "factual": "brief",
    "salary": "brief",
    "loose_ends": "brief",
    # A loose-ends question that asks for the candidate's own questions ("Any questions for us?").
    "loose_ends_questions": "questions",
}


def measure_length(words: int, question_kind: str, duration_s: float | None) -> Length:
    """Words and seconds (measured when a duration is given, else estimated) with the norm.

    `question_kind` is a kind of kinds.py; with no question ("general") the story norm applies.
    """
    config = rubric()["length"]
    kind = NORM_OF_KIND.get(question_kind, "general")
    norms = config["norms"].get(kind) or config["norms"]["behavioural"]
    measured = duration_s is not None and duration_s > 0
    seconds = (
        float(duration_s) if measured and duration_s else words * 60.0 / config["words_per_minute"]
    )
    return Length(
        words=words,
        seconds=seconds,
        measured=measured,
        kind=kind,
        min_words=norms["min_words"],
        max_words=norms["max_words"],
        min_seconds=norms["min_seconds"],
        max_seconds=norms["max_seconds"],
    )


def length_score(length: Length) -> int:
    """100 inside the norm, falling linearly to 0 at half the minimum or twice the maximum."""
    value = length.seconds
    low, high = length.min_seconds, length.max_seconds
    if value < low:
        return max(0, round(100 * (value - low / 2) / (low / 2)))
    if value > high:
        return max(0, round(100 * (1 - (value - high) / high)))
    return 100
