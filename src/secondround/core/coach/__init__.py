"""The answer coach: STAR parts, specificity, result, ownership, confidence, length and relevance.

Pure Python; no Django, no printing, no I/O beyond its own data files. See docs/coach.md.
"""

from __future__ import annotations

from secondround.core.coach.analyse import analyse_answer
from secondround.core.coach.data import CoachDataError
from secondround.core.coach.feedback import (
    PART_NAMES,
    PARTS,
    SCHEMA_VERSION,
    Feedback,
    Length,
    Mention,
    Ownership,
    Relevance,
    Remark,
    Result,
    Scores,
    Sentence,
)
from secondround.core.coach.rubric import SCORE_NAMES, rubric, weights

__all__ = [
    "PARTS",
    "PART_NAMES",
    "SCHEMA_VERSION",
    "SCORE_NAMES",
    "CoachDataError",
    "Feedback",
    "Length",
    "Mention",
    "Ownership",
    "Relevance",
    "Remark",
    "Result",
    "Scores",
    "Sentence",
    "analyse_answer",
    "rubric",
    "weights",
]
