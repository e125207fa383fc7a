"""Questions read aloud offline: rendered once by piper (or espeak-ng) and served as a wav."""

from __future__ import annotations

import io
import wave
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

QUESTION = "Tell me about a time you changed a plan at the last minute."


def _wav_seconds(body: bytes) -> float:
    with wave.open(io.BytesIO(body)) as w:
        return w.getnframes() / w.getframerate()


def test_the_question_is_spoken_and_cached(client_in: Client, settings: Any) -> None:
    folder = Path(settings.SECONDROUND_HOME) / "speech"
    # The data folder is shared by the whole test run: other tests may have spoken already.
    before = set(folder.glob("*.wav"))
    response = client_in.get("/voice/speak/", {"q": QUESTION})
    assert response.status_code == 200
    assert response["Content-Type"] == "audio/wav"
    body = b"".join(response.streaming_content)  # type: ignore[attr-defined]
    assert _wav_seconds(body) > 1.5
    cached = list(set(folder.glob("*.wav")) - before)
    assert len(cached) == 1
    stamp = cached[0].stat().st_mtime_ns
    again = client_in.get("/voice/speak/", {"q": QUESTION})
    assert b"".join(again.streaming_content) == body  # type: ignore[attr-defined]
    assert cached[0].stat().st_mtime_ns == stamp


def test_espeak_ng_speaks_where_piper_is_missing(
    client_in: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("secondround.services.speech.engine", lambda: "espeak-ng")
    response = client_in.get("/voice/speak/", {"q": "Why this role?"})
    assert response.status_code == 200
    assert _wav_seconds(b"".join(response.streaming_content)) > 0.5  # type: ignore[attr-defined]


def test_without_a_voice_it_says_how_to_get_one(
    client_in: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("secondround.services.speech.engine", lambda: None)
    response = client_in.get("/voice/speak/", {"q": QUESTION})
    assert response.status_code == 503
    assert 'pip install "secondround[voice]"' in response.json()["error"]


def test_an_empty_text_is_refused(client_in: Client) -> None:
    response = client_in.get("/voice/speak/", {"q": "  "})
    assert response.status_code == 400
