"""Job adverts written for these tests, one file each in ads/."""

from __future__ import annotations

from pathlib import Path

import pytest

ADS = Path(__file__).parent / "ads"


def read_ad(name: str) -> str:
    return (ADS / f"{name}.txt").read_text(encoding="utf-8")


@pytest.fixture(params=sorted(p.stem for p in ADS.glob("*.txt")))
def any_ad(request: pytest.FixtureRequest) -> str:
    return read_ad(str(request.param))
