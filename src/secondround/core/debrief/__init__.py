"""The debrief reader: concerns, promises, topics, facts, people and next step in round notes.

Pure Python; no Django, no printing, no I/O beyond its own data files. See docs/jobs-and-notes.md.
"""

from __future__ import annotations

from secondround.core.debrief.data import DebriefDataError
from secondround.core.debrief.headings import HEADINGS
from secondround.core.debrief.notes import (
    FACT_CATEGORIES,
    ROLES,
    Concern,
    Debrief,
    Fact,
    Item,
    Person,
    PracticePoint,
)
from secondround.core.debrief.read import read_debrief

__all__ = [
    "FACT_CATEGORIES",
    "HEADINGS",
    "ROLES",
    "Concern",
    "Debrief",
    "DebriefDataError",
    "Fact",
    "Item",
    "Person",
    "PracticePoint",
    "read_debrief",
]
