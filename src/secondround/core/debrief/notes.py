"""What the notes of an earlier round say: frozen dataclasses and their documented JSON form.

`Debrief.to_dict()` is the schema of `secondround debrief --json` (docs/jobs-and-notes.md). Every
item keeps `evidence`, the exact words of the notes it was read from, and their offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from secondround.core.roles import ROLES as ROLE_TABLE

FACT_CATEGORIES = (
    "responsibilities",
    "team",
    "culture",
    "tools",
    "process",
    "pay",
    "logistics",
    # Last of the named categories, so money for the candidate stays pay and office days logistics.
    "numbers",
    "other",
)
ROLES = tuple(ROLE_TABLE)


@dataclass(frozen=True)
class Item:
    """A promise, topic or next step: `text` says it plainly, `evidence` is the notes' own span."""

    text: str
    evidence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "evidence": self.evidence, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Concern(Item):
    """A doubt the interviewer raised; `competency` is the key it is about, when clear."""

    competency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "competency": self.competency}


@dataclass(frozen=True)
class Fact(Item):
    """Something learned about the job, in one of FACT_CATEGORIES."""

    category: str = "other"

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "category": self.category}


@dataclass(frozen=True)
class PracticePoint(Item):
    """The candidate's own criticism of how they did (`evidence`), and what to practise (`text`)."""


@dataclass(frozen=True)
class Person:
    """Someone named in the notes and their part in the hiring (one of ROLES)."""

    name: str
    role: str
    evidence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Debrief:
    """Everything read from the notes, each list in the order it appears in them."""

    concerns: tuple[Concern, ...] = ()
    promises: tuple[Item, ...] = ()
    topics: tuple[Item, ...] = ()
    facts: tuple[Fact, ...] = ()
    people: tuple[Person, ...] = ()
    next_round: Item | None = None
    practice_points: tuple[PracticePoint, ...] = ()
    # One sentence when the notes could not be read (they are not in English), else None.
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "concerns": [c.to_dict() for c in self.concerns],
            "promises": [p.to_dict() for p in self.promises],
            "topics": [t.to_dict() for t in self.topics],
            "facts": [f.to_dict() for f in self.facts],
            "people": [p.to_dict() for p in self.people],
            "next_round": self.next_round.to_dict() if self.next_round else None,
            "practice_points": [p.to_dict() for p in self.practice_points],
            "note": self.note,
        }
