"""Messy interview notes written for these tests, one file each in notes/."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTES = Path(__file__).parent / "notes"


def read_notes(name: str) -> str:
    return (NOTES / f"{name}.txt").read_text(encoding="utf-8")


@pytest.fixture(params=sorted(p.stem for p in NOTES.glob("*.txt")))
def any_notes(request: pytest.FixtureRequest) -> str:
    return read_notes(str(request.param))
