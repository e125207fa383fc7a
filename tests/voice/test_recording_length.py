"""How long an uploaded recording lasts, read before it is stored (the audio minutes count it):
from the header where there is one, from its packets in a browser's WebM, which has none."""

from __future__ import annotations

import io
import wave
from typing import Any

import pytest

from secondround.services.transcription import audio_seconds
from tests.voice_clips import answer_clip


class _Pipe(io.RawIOBase):
    """A stream that cannot seek, as MediaRecorder's output is: no duration in the header."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def write(self, chunk: Any) -> int:
        self.data += chunk
        return len(chunk)


def _streamed_webm(seconds: float) -> bytes:
    av = pytest.importorskip("av", reason="needs the voice extra")
    numpy = pytest.importorskip("numpy")
    out = _Pipe()
    container = av.open(out, mode="w", format="webm")
    stream = container.add_stream("libopus", rate=48000)
    stream.layout = "mono"
    samples = (numpy.sin(numpy.arange(int(48000 * seconds)) / 10) * 0.3).astype("float32")
    for start in range(0, len(samples), 960):
        frame = av.AudioFrame.from_ndarray(
            samples[start : start + 960].reshape(1, -1), format="flt", layout="mono"
        )
        frame.sample_rate = 48000
        for packet in stream.encode(frame):
            container.mux(packet)
    for packet in stream.encode(None):
        container.mux(packet)
    container.close()
    return bytes(out.data)


def test_a_wav_is_measured_from_its_header() -> None:
    with wave.open(str(answer_clip())) as clip:
        expected = clip.getnframes() / clip.getframerate()
    assert audio_seconds(answer_clip()) == pytest.approx(expected, abs=0.05)
    assert audio_seconds(io.BytesIO(answer_clip().read_bytes())) == pytest.approx(
        expected, abs=0.05
    )


def test_a_browsers_webm_without_a_duration_is_measured_from_its_packets() -> None:
    data = _streamed_webm(7.0)
    av = pytest.importorskip("av")
    with av.open(io.BytesIO(data)) as container:
        assert container.duration is None  # as Chromium's MediaRecorder writes it
    assert audio_seconds(io.BytesIO(data)) == pytest.approx(7.0, abs=0.1)


@pytest.mark.parametrize("data", [b"not sound at all" * 100, b"", b"RIFF\x00\x00"])
def test_what_is_not_audio_has_no_length(data: bytes) -> None:
    assert audio_seconds(io.BytesIO(data)) is None
