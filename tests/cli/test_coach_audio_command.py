"""`secondround coach --audio FILE`: a recording transcribed offline, measured and coached."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus
from tests.voice_clips import PAUSE_SECONDS, answer_clip, silent_clip

QUESTION = "Tell me about a time you led a team."


def test_it_prints_the_transcript_the_delivery_and_the_feedback(
    cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = cli("coach", "--audio", str(answer_clip()), "-q", QUESTION)
    assert code == ExitStatus.OK, err
    assert "Transcript" in out
    assert "supplier" in out.lower()
    assert "words a minute" in out
    assert "pause before the result" in out
    assert "Overall" in out


def test_its_json_holds_word_timings_and_the_inserted_pause(
    cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = cli("coach", "--audio", str(answer_clip()), "--json")
    assert code == ExitStatus.OK, err
    data = json.loads(out)
    words = data["transcript"]["words"]
    assert words and all(w["end"] >= w["start"] for w in words)
    assert data["transcript"]["model"] == "tiny.en"
    (pause,) = data["delivery"]["pauses"]
    assert PAUSE_SECONDS - 0.8 <= pause["seconds"] <= PAUSE_SECONDS + 1.0
    assert [f["text"] for f in data["delivery"]["fillers"]][:1] == ["um"]
    assert data["scores"]["overall"] >= 0
    assert data["length"]["measured"] is True


def test_silence_is_refused_in_one_sentence(
    cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = cli("coach", "--audio", str(silent_clip()))
    assert code == ExitStatus.NOTHING_TO_DO
    assert "No speech was heard in silence.wav" in err
    assert "Traceback" not in err + out


@pytest.mark.parametrize(
    ("name", "content", "status", "says"),
    [
        ("notes.txt", b"hello", ExitStatus.BAD_INPUT, "give a .wav, .mp3"),
        (
            "fake.wav",
            b"this is not a recording at all" * 40,
            ExitStatus.BAD_INPUT,
            "is not audio secondround can read",
        ),
        ("empty.mp3", b"", ExitStatus.BAD_INPUT, "is not audio secondround can read"),
    ],
)
def test_a_file_that_is_not_audio_is_refused(
    tmp_path: Path,
    cli: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: bytes,
    status: ExitStatus,
    says: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = cli("coach", "--audio", str(path))
    assert code == status
    assert says in err
    assert "Traceback" not in err + out


def test_a_two_hour_file_is_refused_before_it_is_decoded(
    tmp_path: Path, cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import struct

    path = tmp_path / "long.wav"
    # A real wav header for two hours of 8 kHz 8-bit mono; the frames are a sparse file.
    frames = 8000 * 7200
    header = b"RIFF" + struct.pack("<I", 36 + frames) + b"WAVEfmt "
    header += struct.pack("<IHHIIHH", 16, 1, 1, 8000, 8000, 1, 8)
    header += b"data" + struct.pack("<I", frames)
    with path.open("wb") as f:
        f.write(header)
        f.truncate(len(header) + frames)
    code, _, err = cli("coach", "--audio", str(path))
    assert code == ExitStatus.BAD_INPUT
    assert "lasts 120 minutes" in err


def test_a_missing_file_and_an_unknown_model_are_refused(
    tmp_path: Path, cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = cli("coach", "--audio", str(tmp_path / "no.wav"))
    assert code == ExitStatus.NOT_FOUND
    assert "does not exist" in err
    code, _, err = cli("coach", "--audio", str(answer_clip()), "--model", "huge")
    assert code == ExitStatus.USAGE
    assert "choose base or tiny.en" in err


def test_without_the_voice_extra_it_says_how_to_get_it(
    cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    # None in sys.modules makes `import faster_whisper` fail as if it were not installed.
    monkeypatch.setitem(sys.modules, "faster_whisper", None)
    code, _, err = cli("coach", "--audio", str(answer_clip()))
    assert code == ExitStatus.NEEDS_EXTRA
    assert 'pip install "secondround[voice]"' in err
