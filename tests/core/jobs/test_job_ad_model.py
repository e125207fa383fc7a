"""The ad model: its shipped weights load and are checked, a damaged file names itself, and it
trusts a competency more the more clearly and often the advert's lines ask for it."""

from __future__ import annotations

import json

import pytest

from secondround.core.competencies import COMPETENCIES
from secondround.core.jobs.ad_model import AdModel, ad_features, ad_model
from secondround.core.jobs.competencies import find_competencies
from secondround.core.jobs.data import JobsDataError
from secondround.core.jobs.lines import line_model
from secondround.core.jobs.occupations import find_title
from secondround.core.jobs.scorer import model
from secondround.core.text.phrases import tokens

# An advert written for this test: a few clear asks, and lines that ask for nothing much.
ADVERT = (
    "Assistant Manager, Garden Centre\n"
    "Hollins Plant Nursery, Ludlow\n\n"
    "We are a family nursery growing shrubs and perennials on six acres beside the river. "
    "You will open up three mornings a week, take deliveries from our growers and set out the "
    "seasonal displays on the shop floor. "
    "You will look after the tills, cash up at close and order compost and pots when stock runs "
    "low. "
    "In summer you will water the benches early and keep the café terrace tidy for visitors. "
    "Full driving licence needed for the weekly run to the farmers' market.\n"
)


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


def _found_with(propose: float) -> set[str]:
    """The advert's competencies with a judge that keeps every candidate put to it."""
    everything = AdModel(bias=10.0, weights={}, threshold=0.5, propose=propose)
    models = (model(), line_model(), everything)
    words = tokens(ADVERT)
    found = find_competencies(ADVERT, words, find_title(ADVERT), None, models)
    return {c.name for c in found}


def test_the_shipped_proposal_floor_is_a_probability() -> None:
    assert 0.0 <= ad_model().propose < 1.0


def test_a_lower_proposal_floor_puts_more_competencies_to_the_ad_model() -> None:
    # From 0 every competency some line asks for at all reaches the judge; from 0.99 only those
    # a cue phrase or a line asking very clearly proposes.
    every, few = _found_with(0.0), _found_with(0.99)
    assert few < every
    assert every == set(COMPETENCIES)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        json.dumps({"bias": 0.1, "weights": {}}),
        json.dumps({"bias": 0.1, "weights": {"p:best": "a lot"}, "threshold": 0.5}),
        json.dumps({"bias": 0.1, "weights": {}, "threshold": 1.5}),
        json.dumps({"bias": 0.1, "weights": {}, "threshold": 0.5, "thresholds": {"luck": 0.4}}),
        json.dumps({"bias": 0.1, "weights": {}, "threshold": 0.5, "thresholds": {"ethics": 0}}),
        json.dumps({"bias": 0.1, "weights": {}, "threshold": 0.5, "propose": 1.5}),
        json.dumps({"bias": 0.1, "weights": {}, "threshold": 0.5, "propose": "low"}),
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
