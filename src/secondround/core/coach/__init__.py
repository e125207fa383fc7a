"""The answer coach: question kinds, STAR parts, specificity, result, ownership, confidence, length
and relevance.

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
from secondround.core.coach.kinds import KIND_NAMES, KINDS, QuestionKind, question_kind
from secondround.core.coach.rubric import SCORE_NAMES, rubric, weights

__all__ = [
    "KINDS",
    "KIND_NAMES",
    "PARTS",
    "PART_NAMES",
    "SCHEMA_VERSION",
    "SCORE_NAMES",
    "CoachDataError",
    "Feedback",
    "Length",
    "Mention",
    "Ownership",
    "QuestionKind",
    "Relevance",
    "Remark",
    "Result",
    "Scores",
    "Sentence",
    "analyse_answer",
    "question_kind",
    "rubric",
    "weights",
]
