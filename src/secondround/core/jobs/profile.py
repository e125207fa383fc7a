"""What the job reader finds in an advert: frozen dataclasses and their documented JSON form.

`JobProfile.to_dict()` is the schema of `secondround job analyse --json` (docs/jobs-and-notes.md);
fields are only ever added to it, never renamed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Competency:
    """A competency the job asks for, how central it is (1-3) and the words that show it.

    `start`/`end` are offsets of `evidence` in the advert's text; None when the evidence is not
    in it (a title given apart from the text, or a competency inferred from the occupation).
    """

    name: str
    weight: int
    evidence: str
    start: int | None
    end: int | None
    source: str = "ad"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "weight": self.weight,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Competency:
        return cls(
            name=str(data["name"]),
            weight=int(data["weight"]),
            evidence=str(data["evidence"]),
            start=data.get("start"),
            end=data.get("end"),
            source=str(data.get("source") or "ad"),
        )


@dataclass(frozen=True)
class OccupationMatch:
    """The O*NET occupation whose title best matches the job's title; score 0-100."""

    code: str
    title: str
    score: int

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "title": self.title, "score": self.score}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OccupationMatch:
        return cls(code=str(data["code"]), title=str(data["title"]), score=int(data["score"]))


@dataclass(frozen=True)
class ToolMention:
    """A tool and where the advert first names it: offsets in the text and the line it is on."""

    name: str
    start: int
    end: int
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "start": self.start, "end": self.end, "evidence": self.evidence}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ToolMention:
        return cls(
            name=str(data["name"]),
            start=int(data["start"]),
            end=int(data["end"]),
            evidence=str(data["evidence"]),
        )


@dataclass(frozen=True)
class JobProfile:
    """Competencies (most central first), key terms, named tools, and the matched occupation.

    `notes` are sentences for the reader about the advert itself: not English, far too long,
    asking for no behaviour in words. `english` is False when the text does not read as English
    (nothing else is then read from it). `tool_evidence` says where each tool is first named.
    """

    competencies: tuple[Competency, ...] = ()
    keywords: tuple[str, ...] = ()
    tools: tuple[str, ...] = ()
    occupation: OccupationMatch | None = None
    notes: tuple[str, ...] = ()
    english: bool = True
    tool_evidence: tuple[ToolMention, ...] = ()

    def weights(self) -> dict[str, int]:
        """Competency key -> weight, for tailoring questions and checking story coverage."""
        return {c.name: c.weight for c in self.competencies}

    def to_dict(self) -> dict[str, Any]:
        return {
            "competencies": [c.to_dict() for c in self.competencies],
            "keywords": list(self.keywords),
            "tools": list(self.tools),
            "occupation": self.occupation.to_dict() if self.occupation else None,
            "notes": list(self.notes),
            "english": self.english,
            "tool_evidence": [t.to_dict() for t in self.tool_evidence],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> JobProfile:
        """The profile back from `to_dict()` (a stored reading): `from_dict(p.to_dict()) == p`."""
        occupation = data.get("occupation")
        return cls(
            competencies=tuple(Competency.from_dict(c) for c in data.get("competencies") or ()),
            keywords=tuple(str(k) for k in data.get("keywords") or ()),
            tools=tuple(str(t) for t in data.get("tools") or ()),
            occupation=OccupationMatch.from_dict(occupation) if occupation else None,
            # Added later in version 1: a reading stored before them has neither.
            notes=tuple(str(n) for n in data.get("notes") or ()),
            english=bool(data.get("english", True)),
            # Added later in version 1: older stored readings have none.
            tool_evidence=tuple(ToolMention.from_dict(t) for t in data.get("tool_evidence") or ()),
        )
