"""The coach's data files (`secondround/data/coach/`): the rubric, the STAR model, the kinds."""

from __future__ import annotations

from typing import Any

from secondround.core.datafiles import read_text, read_yaml
from secondround.core.text.words import WordListError

# The coach's YAML files and the word lists beside them in data/coach/ fail the same way.
CoachDataError = WordListError


def read_data(name: str) -> str:
    """The text of one data file of the coach."""
    return read_text("coach", name, CoachDataError)


def read_coach_yaml(name: str) -> dict[str, Any]:
    """One YAML data file of the coach, as a mapping."""
    return read_yaml("coach", name, CoachDataError)
