"""Length of an answer, in words and speaking time, against the norm for its kind of question."""

from __future__ import annotations

import re

from secondround.core.coach.feedback import Length
from secondround.core.coach.rubric import rubric

_BEHAVIOURAL = re.compile(
    r"\b(tell me about a time|tell me about an? (occasion|situation|moment|project|example)|"
    r"describe a (time|situation|moment|project|occasion)|give (me|us) an example|"
    r"have you ever|can you think of a time|talk me through a time|walk me through a time|"
    r"share an example|an example of a time|a time when|a time you|when have you|"
    r"what did you do when)\b",
    re.IGNORECASE,
)
_MOTIVATION = re.compile(
    r"\b(why do you want|why (this|our) (role|company|job|team)|"
    r"why are you (leaving|interested|applying)|"
    r"what (attracts|interests|motivates) you|where do you see yourself|why should we hire)\b",
    re.IGNORECASE,
)


def question_kind(question: str | None) -> str:
    """The kind of question: "behavioural", "motivation" or "general".

    With no question the answer is taken as behavioural, the commonest second-round kind.
    """
    if not question:
        return "behavioural"
    if _BEHAVIOURAL.search(question):
        return "behavioural"
    if _MOTIVATION.search(question):
        return "motivation"
    return "general"


def measure_length(words: int, question: str | None, duration_s: float | None) -> Length:
    """Words and seconds (measured when a duration is given, else estimated) with the norm."""
    config = rubric()["length"]
    kind = question_kind(question)
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
