"""base is the default speech model; SECONDROUND_VOICE_MODEL may choose tiny.en."""

from __future__ import annotations

import pytest

from secondround.services.transcription import default_model


@pytest.mark.parametrize(
    ("setting", "model"), [(None, "base"), ("tiny.en", "tiny.en"), ("huge", "base")]
)
def test_the_default_model(
    monkeypatch: pytest.MonkeyPatch, setting: str | None, model: str
) -> None:
    if setting is None:
        monkeypatch.delenv("SECONDROUND_VOICE_MODEL", raising=False)
    else:
        monkeypatch.setenv("SECONDROUND_VOICE_MODEL", setting)
    assert default_model() == model
