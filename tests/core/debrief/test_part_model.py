"""The debrief reader's trained reading of a part: it finds a fault in words no cue names, says
which features weighed most, leaves facts and questions alone, and a damaged weights file fails
with the reader's own error."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from secondround.core.debrief import DebriefDataError, part_model, read_debrief


@pytest.fixture
def fresh_model() -> Iterator[None]:
    part_model._model.cache_clear()
    yield
    part_model._model.cache_clear()


def test_a_fault_no_cue_names_is_read_with_its_reasons() -> None:
    reading = part_model.judge("self_criticism", "i kept looking at my notes instead of at them")
    assert reading.found
    assert reading.probability > 0.9
    assert reading.because


@pytest.mark.parametrize(
    "part", ["dough room is kept at 24 degrees", "she asked about waste targets", "team of 8"]
)
def test_facts_and_their_questions_are_not_faults(part: str) -> None:
    assert not part_model.judge("self_criticism", part).found


def test_the_practice_point_keeps_the_candidates_words() -> None:
    notes = "- i kept looking at my notes instead of at them\n"
    [point] = read_debrief(notes).practice_points
    assert point.evidence == "i kept looking at my notes instead of at them"
    assert point.text.endswith(point.evidence)


def test_a_damaged_weights_file_names_itself(
    fresh_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(part_model, "read_data", lambda name: '{"weights": []}')
    with pytest.raises(DebriefDataError, match=r"part_model\.json"):
        part_model.judge("self_criticism", "rambled")
