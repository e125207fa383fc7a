"""The competency scorer: its shipped weights load and are checked, it is trained on the dev
split alone, and what it keeps is still explained by the phrase of the advert."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path

import pytest

from secondround.core.jobs import analyse_job
from secondround.core.jobs.data import JobsDataError
from secondround.core.jobs.scorer import model

ROOT = Path(__file__).resolve().parents[3]


def test_the_shipped_model_loads_with_a_threshold_between_zero_and_one() -> None:
    shipped = model()
    assert 0 < shipped.threshold < 1
    assert shipped.weights and all(math.isfinite(w) for w in shipped.weights.values())


def test_a_damaged_model_file_names_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    model.cache_clear()
    monkeypatch.setattr("secondround.core.jobs.scorer.read_data", lambda name: '{"bias": 1}')
    try:
        with pytest.raises(JobsDataError, match=r"competency_model\.json"):
            model()
    finally:
        model.cache_clear()


def test_training_reads_the_dev_split_only(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location(
        "train_job_model", ROOT / "benchmarks" / "train_job_model.py"
    )
    assert spec is not None and spec.loader is not None
    trainer = importlib.util.module_from_spec(spec)
    # Registered first: its dataclasses look their module up while they are made.
    monkeypatch.setitem(sys.modules, "train_job_model", trainer)
    spec.loader.exec_module(trainer)
    ads, lines = trainer.dev_ads(), trainer.dev_lines()
    assert ads and lines
    assert all(ad["split"] == "dev" and ad["id"][-1] not in "369" for ad in ads)
    assert not any(500 <= int(ad["id"][2:]) <= 999 for ad in ads)
    assert all(line["split"] == "dev" and line["id"][-1] not in "369" for line in lines)
    # Each advert knows its writer (file), and no held-back writer's file is among them.
    held_back = {"ads-5.jsonl", "ads-6.jsonl", "ads-9.jsonl", "ads-11.jsonl"}
    assert held_back <= trainer.HELD_BACK_FILES
    assert not {ad["writer"] for ad in ads} & held_back


def test_a_passing_description_of_the_employer_counts_for_less_than_asking() -> None:
    asked = analyse_job("Porter\nYou will support your colleagues on every shift.")
    described = analyse_job(
        "Porter\nOur supportive benefits include a pension and a staff discount."
    )
    assert "teamwork" in {c.name for c in asked.competencies}
    assert "teamwork" not in {c.name for c in described.competencies}
