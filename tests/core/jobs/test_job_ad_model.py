"""The ad model: its shipped weights load and are checked, a damaged file names itself, and it
trusts a competency more the more clearly and often the advert's lines ask for it."""

from __future__ import annotations

import json

import pytest

from secondround.core.competencies import COMPETENCIES
from secondround.core.jobs.ad_model import ad_features, ad_model
from secondround.core.jobs.data import JobsDataError


def test_the_shipped_ad_model_loads_with_a_threshold() -> None:
    shipped = ad_model()
    assert 0 < shipped.threshold < 1
    assert shipped.weights


def test_a_competency_without_a_threshold_of_its_own_uses_the_global_one() -> None:
    shipped = ad_model()
    assert all(0 < t < 1 for t in shipped.thresholds.values())
    for key in COMPETENCIES:
        assert shipped.threshold_for(key) == shipped.thresholds.get(key, shipped.threshold)


def test_lines_asking_clearly_and_often_score_above_one_weak_line() -> None:
    shipped = ad_model()
    clear = ad_features("teamwork", "line", {}, [0.9, 0.7, 0.1], 0.9, 200)
    weak = ad_features("teamwork", "line", {}, [0.1, 0.02], 0.1, 200)
    assert shipped.probability(clear) > shipped.threshold_for("teamwork")
    assert shipped.threshold_for("teamwork") > shipped.probability(weak)


def test_a_cue_in_a_line_that_asks_for_it_scores_above_one_in_a_line_that_does_not() -> None:
    shipped = ad_model()
    cues = {"n:1": 1.0, "ctx:asks": 1.0}
    asked = ad_features("teamwork", "cue", cues, [0.8, 0.1], 0.8, 200)
    aside = ad_features("teamwork", "cue", cues, [0.05, 0.02], 0.05, 200)
    assert shipped.probability(asked) > shipped.probability(aside)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        json.dumps({"bias": 0.1, "weights": {}}),
        json.dumps({"bias": 0.1, "weights": {"p:best": "a lot"}, "threshold": 0.5}),
        json.dumps({"bias": 0.1, "weights": {}, "threshold": 1.5}),
        json.dumps({"bias": 0.1, "weights": {}, "threshold": 0.5, "thresholds": {"luck": 0.4}}),
        json.dumps({"bias": 0.1, "weights": {}, "threshold": 0.5, "thresholds": {"ethics": 0}}),
    ],
)
def test_a_damaged_ad_model_names_the_file(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    ad_model.cache_clear()
    monkeypatch.setattr("secondround.core.jobs.ad_model.read_data", lambda name: text)
    try:
        with pytest.raises(JobsDataError, match=r"ad_model\.json"):
            ad_model()
    finally:
        ad_model.cache_clear()
