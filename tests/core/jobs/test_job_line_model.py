"""The line model: its shipped weights load and are checked, and a damaged file names itself."""

from __future__ import annotations

import json

import pytest

from secondround.core.competencies import COMPETENCIES
from secondround.core.jobs.data import JobsDataError
from secondround.core.jobs.lines import line_features, line_model


def test_the_shipped_line_model_loads_for_every_competency() -> None:
    shipped = line_model()
    assert set(shipped.bias) == set(COMPETENCIES)
    assert 0 < shipped.propose <= 1 and 0 <= shipped.veto < shipped.propose
    assert shipped.weights


def test_a_line_asking_for_a_behaviour_scores_above_a_line_describing_the_firm() -> None:
    shipped = line_model()
    asked = shipped.probabilities(line_features("You'll talk customers through every option."))
    described = shipped.probabilities(line_features("Our firm was founded in 1987 in Leeds."))
    assert asked["communication"] > described["communication"]


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        json.dumps({"bias": {"teamwork": 0.1}, "weights": {}, "propose": 0.5}),
        json.dumps({"bias": {"juggling": 0.1}, "weights": {}, "propose": 0.5, "veto": 0.1}),
        json.dumps({"bias": {"teamwork": 0.1}, "weights": {}, "propose": 1.5, "veto": 0.1}),
    ],
)
def test_a_damaged_line_model_names_the_file(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    line_model.cache_clear()
    monkeypatch.setattr("secondround.core.jobs.lines.read_data", lambda name: text)
    try:
        with pytest.raises(JobsDataError, match=r"line_model\.json"):
            line_model()
    finally:
        line_model.cache_clear()
