"""Coverage: the job's weighted competencies against the stories, as a grid to read at a glance.

A story shows a competency strongly when the user confirmed it, partly when its text only
suggests it. Every competency with fewer than two distinct stories (confirmed) is flagged, with
the story that could most easily be adapted for it and what to add to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from secondround.core.competencies import competency_label
from secondround.core.datafiles import read_yaml
from secondround.core.questions.plan import Need
from secondround.core.stories.story import Story
from secondround.core.stories.suggest import StoriesDataError, competency_hits

# Two stories per competency: a question that comes back in another form gets a fresh example.
ENOUGH_STORIES = 2
KEY_WEIGHT = 3
LEVELS = ("none", "some", "strong")


@dataclass(frozen=True)
class Cell:
    level: str
    evidence: tuple[str, ...] = ()

    @property
    def fit(self) -> int:
        return LEVELS.index(self.level)


@dataclass(frozen=True)
class Advice:
    """For a flagged competency: the story to adapt (or None for a new one) and what to add."""

    story: Story | None
    add: str


@dataclass(frozen=True)
class Row:
    need: Need
    cells: tuple[Cell, ...]
    stories: int
    advice: Advice | None

    @property
    def flagged(self) -> bool:
        return self.stories < ENOUGH_STORIES

    @property
    def label(self) -> str:
        return competency_label(self.need.competency)


@dataclass(frozen=True)
class Coverage:
    stories: tuple[Story, ...]
    rows: tuple[Row, ...]

    @property
    def flagged(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if r.flagged)

    def uncovered_key(self) -> tuple[Row, ...]:
        """Key competencies (weight 3) with fewer than two stories."""
        return tuple(r for r in self.flagged if r.need.weight >= KEY_WEIGHT)

    def to_dict(self) -> dict[str, Any]:
        return {
            "stories": [{"story": s.key, "title": s.title} for s in self.stories],
            "competencies": [
                {
                    "competency": r.need.competency,
                    "label": r.label,
                    "weight": r.need.weight,
                    "evidence": r.need.evidence,
                    "stories": r.stories,
                    "flagged": r.flagged,
                    "cells": [
                        {"story": s.key, "level": c.level, "evidence": list(c.evidence)}
                        for s, c in zip(self.stories, r.cells, strict=True)
                    ],
                    "adapt": (
                        {
                            "story": r.advice.story.key if r.advice.story else None,
                            "title": r.advice.story.title if r.advice.story else None,
                            "add": r.advice.add,
                        }
                        if r.advice
                        else None
                    ),
                }
                for r in self.rows
            ],
        }


def coverage(needs: Sequence[Need], stories: Sequence[Story]) -> Coverage:
    """The grid of needs (heaviest first; one row per competency) against the stories."""
    merged: dict[str, Need] = {}
    for need in needs:
        old = merged.get(need.competency)
        if old is None or need.weight > old.weight:
            merged[need.competency] = need
    ordered = sorted(merged.values(), key=lambda n: -n.weight)
    hits = [competency_hits(f"{s.title}\n{s.text}") for s in stories]
    rows = []
    for need in ordered:
        cells = tuple(_cell(need.competency, s, h) for s, h in zip(stories, hits, strict=True))
        count = sum(1 for c in cells if c.level == "strong")
        advice = _advice(need.competency, stories, cells) if count < ENOUGH_STORIES else None
        rows.append(Row(need, cells, count, advice))
    return Coverage(tuple(stories), tuple(rows))


def _cell(key: str, story: Story, hits: dict[str, list[str]]) -> Cell:
    if key in story.competencies:
        return Cell("strong", tuple(hits.get(key, [])[:2]))
    if key in hits:
        return Cell("some", tuple(hits[key][:2]))
    return Cell("none")


def _advice(key: str, stories: Sequence[Story], cells: tuple[Cell, ...]) -> Advice:
    label = competency_label(key)
    examples = ", ".join(f"“{e}”" for e in examples_of(key))
    # The easiest story to adapt already hints at the competency; among those, the one that
    # carries fewest competencies yet, so no story is stretched over everything.
    candidates = [
        (len(c.evidence), -len(s.competencies), -i, s, c)
        for i, (s, c) in enumerate(zip(stories, cells, strict=True))
        if c.level == "some"
    ]
    if candidates:
        *_, story, cell = max(candidates, key=lambda t: t[:3])
        shown = "”, “".join(cell.evidence)
        return Advice(
            story,
            f"It already mentions “{shown}”: make that part of your action — what you did "
            f"yourself and how it turned out — then confirm {label} on it.",
        )
    spare = [s for s, c in zip(stories, cells, strict=True) if c.level == "none"]
    if spare:
        story = min(spare, key=lambda s: len(s.competencies))
        return Advice(
            story,
            f"Nothing in it shows {label} yet: add a step where you showed it ({examples}), "
            "or write a new story.",
        )
    return Advice(None, f"Write a story that shows {label} ({examples}).")


@lru_cache(maxsize=1)
def _examples() -> dict[str, tuple[str, ...]]:
    data = read_yaml("stories", "cues.yaml", StoriesDataError, version=1)
    out: dict[str, tuple[str, ...]] = {}
    for key, phrases in data["cues"].items():
        readable = [
            str(p).replace("*", "").replace("=", "").replace(" ...", "")
            for p in phrases
            if "..." not in str(p)
            and " " in str(p)
            and not str(p).startswith("i ")
            and not str(p).endswith(" the")
        ]
        out[key] = tuple(readable[:3])
    return out


def examples_of(key: str) -> tuple[str, ...]:
    """A few phrases people use when a story shows the competency, as hints of what to add."""
    return _examples().get(key, ())
