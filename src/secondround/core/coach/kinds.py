"""The kind of an interview question, from the question bank or read from its wording.

The kind decides which checks the coach applies: STAR structure for behavioural and in-depth
questions, an ordered approach for situational ones, specific reasons for motivation, and so on
(see docs/coach.md). Rules live in `data/coach/question_kinds.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from secondround.core.coach.data import CoachDataError, read_coach_yaml

KINDS = (
    "behavioural",
    "in_depth",
    "situational",
    "motivation",
    "company_knowledge",
    "plan_90_days",
    "factual",
    "salary",
    "loose_ends",
    "general",
)
KIND_NAMES = {
    "behavioural": "behavioural (a time you did it)",
    "in_depth": "in depth (more on one experience)",
    "situational": "situational (what you would do)",
    "motivation": "motivation (why this job)",
    "company_knowledge": "knowledge of the company",
    "plan_90_days": "plan (your first 90 days)",
    "factual": "factual (about your experience)",
    "salary": "salary",
    "loose_ends": "loose ends",
    "general": "general",
}
# Kinds whose answers are judged as a STAR story.
STAR_KINDS = frozenset({"behavioural", "in_depth", "general"})
_AS_STORY = "{}, so the answer is coached as a story (STAR)."
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_ASKS = re.compile(
    r"\?|\b(tell|give|describe|walk|take|talk|explain|share|list|say)\b|"
    r"^\s*(what|why|how|when|where|which|who|is|are|do|does|did|have|has|can|could|would|will)\b",
    re.IGNORECASE,
)
# The question bank's competency styles map one to one; other bank kinds are read from wording.
_BANK_STYLES = {"behavioural": "behavioural", "situational": "situational", "in_depth": "in_depth"}
_BANK_KINDS = {"salary": "salary", "loose_ends": "loose_ends", "motivation": "motivation"}


@dataclass(frozen=True)
class QuestionKind:
    """A question's kind, what decided it, and a note when the coach had to guess."""

    kind: str
    evidence: str
    note: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"kind": self.kind, "evidence": self.evidence, "note": self.note}


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    data = read_coach_yaml("question_kinds.yaml")
    rules = data.get("rules")
    if not isinstance(rules, list) or not rules:
        raise CoachDataError("question_kinds.yaml must hold a list of 'rules'.")
    out = []
    for number, rule in enumerate(rules, start=1):
        try:
            kind, name = str(rule["kind"]), str(rule["name"])
            pattern = re.compile(str(rule["pattern"]), re.IGNORECASE)
        except (KeyError, TypeError, re.error) as exc:
            raise CoachDataError(f"question_kinds.yaml, rule {number}: {exc}") from exc
        if kind not in KINDS:
            raise CoachDataError(f"question_kinds.yaml, rule {number}: unknown kind {kind!r}.")
        out.append((kind, name, pattern))
    return tuple(out)


@lru_cache(maxsize=1)
def _bank() -> dict[str, tuple[str, str]]:
    """Bank question text (folded) -> (bank kind, style); empty if the bank cannot be read."""
    from secondround.core.questions.bank import QuestionBankError, load_bank

    try:
        return {_fold(q.text): (q.kind, q.style) for q in load_bank().questions}
    except QuestionBankError:
        return {}


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


def question_kind(question: str | None) -> QuestionKind:
    """The kind of `question`: from the bank when it is a bank question, else from its wording."""
    if question is None or not question.strip():
        return QuestionKind(
            "general",
            "no question given",
            "No question was given, so the answer is coached as a story.",
        )
    text = question.replace("’", "'")
    if not _LETTERS.search(text):
        return QuestionKind(
            "general",
            "no words",
            "The question has no words in it, so the answer is coached as a story.",
        )
    matched = _from_wording(text)
    bank = _bank().get(_fold(text))
    if bank is not None:
        bank_kind, style = bank
        mapped = (
            _BANK_STYLES.get(style) if bank_kind == "competency" else _BANK_KINDS.get(bank_kind)
        )
        if mapped and not (
            mapped == "motivation" and matched and matched.kind == "company_knowledge"
        ):
            return QuestionKind(mapped, f"question bank: {bank_kind}, {style}")
        if matched:
            return QuestionKind(
                matched.kind, f"question bank: {bank_kind}, {style}; wording {matched.evidence}"
            )
    if matched:
        return matched
    if not _ASKS.search(text):
        return QuestionKind(
            "general", "no question in it", _AS_STORY.format("This does not read as a question")
        )
    return QuestionKind(
        "general",
        "no kind matched",
        _AS_STORY.format("The kind of question is unclear"),
    )


def _from_wording(text: str) -> QuestionKind | None:
    for kind, name, pattern in _rules():
        match = pattern.search(text)
        if match:
            return QuestionKind(kind, f'{name} ("{match.group(0).strip()}")')
    return None
