"""The overall's weights per kind (`score_weights.json`) load, and a malformed file fails with a
clear error naming it."""

from __future__ import annotations

import importlib

import pytest

from secondround.core.coach import CoachDataError

# The module, not the `rubric()` function the package exports under the same name.
rubric = importlib.import_module("secondround.core.coach.rubric")


def test_the_shipped_weights_load_and_every_score_counts() -> None:
    fitted = rubric.kind_weights()
    assert "behavioural" in fitted
    for row in fitted.values():
        assert set(row) == set(rubric.SCORE_NAMES)
        assert min(row.values()) > 0
    assert rubric.weights("no such kind") == rubric.weights(None)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        '{"kinds": []}',
        '{"kinds": {"factual": {"structure": 10}}}',
        '{"kinds": {"factual": {"structure": -1, "specificity": 1, "result": 1, "ownership": 1,'
        ' "confidence": 1, "length": 1, "relevance": 1}}}',
    ],
)
def test_a_malformed_weights_file_is_refused(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(rubric, "read_data", lambda name: text)
    rubric.kind_weights.cache_clear()
    try:
        with pytest.raises(CoachDataError, match=r"score_weights\.json"):
            rubric.kind_weights()
    finally:
        rubric.kind_weights.cache_clear()
