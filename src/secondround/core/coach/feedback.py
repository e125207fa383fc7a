"""What the coach says about one answer: frozen dataclasses and their documented JSON form.

`Feedback.to_dict()` is the schema of `secondround coach --json` (see docs/coach.md). Adding keys
is fine; renaming or removing one means raising SCHEMA_VERSION.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1
PARTS = ("S", "T", "A", "R", "O")
PART_NAMES = {"S": "situation", "T": "task", "A": "action", "R": "result", "O": "other"}


@dataclass(frozen=True)
class Sentence:
    """One sentence of the answer, its place in the input text and its STAR part."""

    index: int
    text: str
    start: int
    end: int
    star: str
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "star": self.star,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True)
class Mention:
    """A phrase the coach noticed (a number, a hedge, a tool...) and the sentence it is in."""

    kind: str
    text: str
    sentence: int

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "sentence": self.sentence}


@dataclass(frozen=True)
class Remark:
    """Advice a candidate can act on; `sentence` is the index it is about, or None for the whole."""

    sentence: int | None
    kind: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "kind": self.kind, "message": self.message}


@dataclass(frozen=True)
class Result:
    """Whether the answer states a measurable outcome: "present", "vague" or "absent"."""

    status: str
    sentence: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "sentence": self.sentence}


@dataclass(frozen=True)
class Ownership:
    """How much the speaker says "I" and "we", and who acts in the action sentences."""

    i_count: int
    we_count: int
    own_actions: int
    team_actions: int

    @property
    def balance(self) -> str:
        if self.own_actions and self.team_actions:
            return "mixed"
        if self.own_actions:
            return "I"
        if self.team_actions:
            return "we"
        return "none"

    def to_dict(self) -> dict[str, Any]:
        return {
            "i": self.i_count,
            "we": self.we_count,
            "own_action_sentences": self.own_actions,
            "team_action_sentences": self.team_actions,
            "balance": self.balance,
        }


@dataclass(frozen=True)
class Length:
    """How long the answer is against the norm for its kind of question."""

    words: int
    seconds: float
    measured: bool
    kind: str
    min_words: int
    max_words: int
    min_seconds: int
    max_seconds: int

    @property
    def verdict(self) -> str:
        if self.seconds < self.min_seconds:
            return "short"
        if self.seconds > self.max_seconds:
            return "long"
        return "ok"

    def to_dict(self) -> dict[str, Any]:
        return {
            "words": self.words,
            "seconds": round(self.seconds, 1),
            "measured": self.measured,
            "kind": self.kind,
            "min_words": self.min_words,
            "max_words": self.max_words,
            "min_seconds": self.min_seconds,
            "max_seconds": self.max_seconds,
            "verdict": self.verdict,
        }


@dataclass(frozen=True)
class Relevance:
    """Overlap with the question's and the job's key words (None when not given)."""

    question: float | None
    job: float | None
    matched: tuple[str, ...] = ()
    missing_job_keywords: tuple[str, ...] = ()
    # The job's core: its most telling key terms (none without a job), and whether the answer
    # touches any of them (None without a job).
    job_core: tuple[str, ...] = ()
    job_core_used: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": None if self.question is None else round(self.question, 2),
            "job": None if self.job is None else round(self.job, 2),
            "matched": list(self.matched),
            "missing_job_keywords": list(self.missing_job_keywords),
            "job_core": list(self.job_core),
            "job_core_used": self.job_core_used,
        }


@dataclass(frozen=True)
class Scores:
    """Scores 0-100; `overall` weighs the others by the rubric."""

    structure: int
    specificity: int
    result: int
    ownership: int
    confidence: int
    length: int
    relevance: int
    overall: int

    def to_dict(self) -> dict[str, int]:
        return {
            "structure": self.structure,
            "specificity": self.specificity,
            "result": self.result,
            "ownership": self.ownership,
            "confidence": self.confidence,
            "length": self.length,
            "relevance": self.relevance,
            "overall": self.overall,
        }


@dataclass(frozen=True)
class Feedback:
    """Everything the coach found in one answer."""

    sentences: tuple[Sentence, ...]
    proportions: dict[str, float]
    missing: tuple[str, ...]
    probe: str | None
    specificity: tuple[Mention, ...]
    result: Result
    ownership: Ownership
    confidence: tuple[Mention, ...]
    length: Length
    hypothetical: bool
    relevance: Relevance
    scores: Scores
    remarks: tuple[Remark, ...]
    truncated: bool = False
    likely_english: bool = True
    version: int = field(default=SCHEMA_VERSION)
    # Added in schema 1 without a version bump (new keys only): the question's kind and its
    # evidence, the kind's checks, what works and the top three things to work on.
    question_kind: dict[str, str | None] = field(
        default_factory=lambda: {"kind": "general", "evidence": "no question given", "note": None}
    )
    checks: tuple[dict[str, Any], ...] = ()
    strengths: tuple[str, ...] = ()
    top_three: tuple[Remark, ...] = ()

    @property
    def kind(self) -> str:
        return str(self.question_kind["kind"])

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON form (docs/coach.md)."""
        return {
            "version": self.version,
            "sentences": [s.to_dict() for s in self.sentences],
            "proportions": {p: round(self.proportions.get(p, 0.0), 3) for p in PARTS},
            "missing": list(self.missing),
            "probe": self.probe,
            "specificity": [m.to_dict() for m in self.specificity],
            "result": self.result.to_dict(),
            "ownership": self.ownership.to_dict(),
            "confidence": [m.to_dict() for m in self.confidence],
            "length": self.length.to_dict(),
            "hypothetical": self.hypothetical,
            "relevance": self.relevance.to_dict(),
            "scores": self.scores.to_dict(),
            "remarks": [r.to_dict() for r in self.remarks],
            "truncated": self.truncated,
            "likely_english": self.likely_english,
            "question_kind": dict(self.question_kind),
            "checks": [dict(c) for c in self.checks],
            "strengths": list(self.strengths),
            "top_three": [r.to_dict() for r in self.top_three],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Feedback:
        """The feedback back from its JSON form (as stored with a dry run's answer).

        Keys added within version 1 (`truncated`, `likely_english`, `question_kind`, `checks`,
        `strengths`, `top_three`) may be missing from older stored feedback; a missing or
        mistyped required key raises KeyError, TypeError or ValueError.
        """
        own = data["ownership"]
        length = {k: v for k, v in data["length"].items() if k != "verdict"}
        relevance = data["relevance"]
        return cls(
            sentences=tuple(
                Sentence(
                    int(s["index"]),
                    str(s["text"]),
                    int(s["start"]),
                    int(s["end"]),
                    str(s["star"]),
                    tuple(s.get("evidence", ())),
                )
                for s in data["sentences"]
            ),
            proportions={str(p): float(v) for p, v in data["proportions"].items()},
            missing=tuple(data["missing"]),
            probe=data.get("probe"),
            specificity=tuple(_mention(m) for m in data["specificity"]),
            result=Result(str(data["result"]["status"]), data["result"].get("sentence")),
            ownership=Ownership(
                int(own["i"]),
                int(own["we"]),
                int(own["own_action_sentences"]),
                int(own["team_action_sentences"]),
            ),
            confidence=tuple(_mention(m) for m in data["confidence"]),
            length=Length(**length),
            hypothetical=bool(data["hypothetical"]),
            relevance=Relevance(
                relevance.get("question"),
                relevance.get("job"),
                tuple(relevance.get("matched", ())),
                tuple(relevance.get("missing_job_keywords", ())),
                tuple(relevance.get("job_core", ())),
                relevance.get("job_core_used"),
            ),
            scores=Scores(**{k: int(v) for k, v in data["scores"].items()}),
            remarks=tuple(
                Remark(r.get("sentence"), str(r["kind"]), str(r["message"]))
                for r in data["remarks"]
            ),
            truncated=bool(data.get("truncated", False)),
            likely_english=bool(data.get("likely_english", True)),
            version=int(data.get("version", SCHEMA_VERSION)),
            **_later_keys(data),
        )


def _later_keys(data: dict[str, Any]) -> dict[str, Any]:
    # The keys added within schema 1: absent from feedback stored before them.
    later: dict[str, Any] = {}
    if "question_kind" in data:
        later["question_kind"] = dict(data["question_kind"])
    later["checks"] = tuple(dict(c) for c in data.get("checks", ()))
    later["strengths"] = tuple(str(s) for s in data.get("strengths", ()))
    later["top_three"] = tuple(
        Remark(r.get("sentence"), str(r["kind"]), str(r["message"]))
        for r in data.get("top_three", ())
    )
    return later


def _mention(data: dict[str, Any]) -> Mention:
    return Mention(str(data["kind"]), str(data["text"]), int(data["sentence"]))
