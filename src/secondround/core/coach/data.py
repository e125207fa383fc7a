"""The coach's data files (`secondround/data/coach/`): the rubric and the STAR cue model."""

from __future__ import annotations

from typing import Any

from secondround.core.datafiles import read_yaml
from secondround.core.text.words import WordListError

# The coach's YAML files and the word lists beside them in data/coach/ fail the same way.
CoachDataError = WordListError


def read_coach_yaml(name: str) -> dict[str, Any]:
    """One YAML data file of the coach, as a mapping."""
    return read_yaml("coach", name, CoachDataError)
