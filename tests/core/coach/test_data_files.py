"""The coach's data files load, and a malformed one fails with a clear error."""

from __future__ import annotations

import importlib

import pytest

from secondround.core.coach import CoachDataError, rubric
from secondround.core.coach.star import model
from secondround.core.text import words as lexicon

# The package exports a `rubric` function, so reach the module itself by name.
rubric_module = importlib.import_module("secondround.core.coach.rubric")


def test_the_shipped_files_load() -> None:
    assert rubric()["weights"]
    assert model().cues
    assert "kind of" in lexicon.word_list("spoken_hedges.txt")


def test_a_rubric_without_weights_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        rubric_module, "read_coach_yaml", lambda name: {"version": 1, "structure": {}}
    )
    rubric_module.rubric.cache_clear()
    try:
        with pytest.raises(CoachDataError, match="weights"):
            rubric_module.rubric()
    finally:
        rubric_module.rubric.cache_clear()


def test_an_empty_word_list_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "read_data", lambda name: "# only a comment\n")
    lexicon.word_list.cache_clear()
    try:
        with pytest.raises(CoachDataError, match="no entries"):
            lexicon.word_list("spoken_hedges.txt")
    finally:
        lexicon.word_list.cache_clear()


def test_a_missing_or_malformed_data_file_names_itself() -> None:
    from secondround.core.datafiles import read_text, read_yaml

    with pytest.raises(CoachDataError, match=r"coach/nothing\.txt cannot be read"):
        read_text("coach", "nothing.txt", CoachDataError)
    with pytest.raises(CoachDataError, match="must hold a mapping"):
        read_yaml("coach", "hedges.txt", CoachDataError)
