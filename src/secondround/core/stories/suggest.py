"""Competencies a story shows, each with the phrases that show it, for the user to confirm.

The job reader's trigger phrases (how adverts name a competency) and our own story cues (how
people telling a story show one: "persuaded", "missed the deadline") are looked up together.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from secondround.core.competencies import COMPETENCIES, competency_label
from secondround.core.datafiles import DataFileError, read_yaml
from secondround.core.jobs.data import triggers
from secondround.core.text.phrases import Phrase, PhraseIndex, compile_phrase, tokens

# Two phrases of a competency are good evidence; one may be a passing word.
STRONG_HITS = 2


class StoriesDataError(DataFileError):
    """A data file of the story bank is missing or malformed (a packaging fault)."""


@dataclass(frozen=True)
class Suggestion:
    competency: str
    evidence: tuple[str, ...]
    hits: int

    @property
    def strength(self) -> float:
        """0-1: how clearly the text shows the competency."""
        return min(1.0, self.hits / STRONG_HITS)

    def to_dict(self) -> dict[str, Any]:
        return {
            "competency": self.competency,
            "label": competency_label(self.competency),
            "evidence": list(self.evidence),
            "hits": self.hits,
        }


@lru_cache(maxsize=1)
def story_cues() -> PhraseIndex:
    """Our story cues from data/stories/cues.yaml, checked as they load."""
    data = read_yaml("stories", "cues.yaml", StoriesDataError, version=1)
    cues = data.get("cues")
    if not isinstance(cues, dict):
        raise StoriesDataError("stories/cues.yaml must hold a 'cues' mapping by competency.")
    phrases: list[Phrase] = []
    for key, texts in cues.items():
        if key not in COMPETENCIES or not isinstance(texts, list):
            raise StoriesDataError(f"stories/cues.yaml: {key!r} is not a competency key.")
        try:
            phrases.extend(compile_phrase(key, str(text)) for text in texts)
        except ValueError as exc:
            raise StoriesDataError(f"stories/cues.yaml: {exc}") from exc
    return PhraseIndex(phrases)


def competency_hits(text: str) -> dict[str, list[str]]:
    """Competency key -> the phrases of `text` that show it, in order of appearance."""
    words = tokens(text)
    found: dict[str, list[str]] = {}
    hits = [*triggers().find(text, words), *story_cues().find(text, words)]
    for hit in sorted(hits, key=lambda h: h.start):
        if hit.label is None:
            continue
        shown = " ".join(hit.text.split())
        evidence = found.setdefault(str(hit.label), [])
        if shown.lower() not in (e.lower() for e in evidence):
            evidence.append(shown)
    return found


def suggest_competencies(text: str, limit: int = 4) -> list[Suggestion]:
    """The competencies the text shows most clearly, strongest first, each with its evidence."""
    found = competency_hits(text)
    ranked = sorted(found.items(), key=lambda kv: -len(kv[1]))
    return [Suggestion(key, tuple(phrases[:3]), len(phrases)) for key, phrases in ranked[:limit]]
