"""The labeller's weights, the question-kind rules and the kind checks load, and a malformed
file fails with a clear error naming it."""

from __future__ import annotations

import pytest

from secondround.core.coach import CoachDataError, checks, kinds, star


def test_the_shipped_model_and_rules_load() -> None:
    weights = star.trained()
    assert weights.labels == ("S", "T", "A", "R", "O")
    assert len(weights.weights) > 100
    assert kinds._rules()
    assert checks.has_checks("situational") and not checks.has_checks("behavioural")


def test_a_model_with_a_missing_part_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    bad = '{"labels": ["S", "T", "A", "R"], "weights": {}, "vocabulary": [], "rule_weight": 1}'
    monkeypatch.setattr(star, "read_data", lambda name: bad)
    star.trained.cache_clear()
    try:
        with pytest.raises(CoachDataError, match=r"star_model\.json"):
            star.trained()
    finally:
        star.trained.cache_clear()


def test_a_kind_rule_with_an_unknown_kind_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = {"rules": [{"kind": "riddle", "name": "x", "pattern": "x"}]}
    monkeypatch.setattr(kinds, "read_coach_yaml", lambda name: rules)
    kinds._rules.cache_clear()
    try:
        with pytest.raises(CoachDataError, match="unknown kind"):
            kinds._rules()
    finally:
        kinds._rules.cache_clear()


def test_a_check_without_advice_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    config = {"kinds": {"salary": [{"name": "figure", "test": "details", "weight": 1}]}}
    monkeypatch.setattr(checks, "read_coach_yaml", lambda name: config)
    checks._config.cache_clear()
    try:
        with pytest.raises(CoachDataError, match="lacks"):
            checks._config()
    finally:
        checks._config.cache_clear()
