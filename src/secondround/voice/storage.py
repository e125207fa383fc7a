"""Recordings on disk in <data folder>/recordings/: the folder and each file owner-only."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from django.conf import settings

EXTENSIONS = {
    "audio/webm": ".webm",
    "audio/ogg": ".ogg",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/wave": ".wav",
    "audio/mp4": ".m4a",
    "audio/x-m4a": ".m4a",
    "audio/mpeg": ".mp3",
}
MAX_UPLOAD_BYTES = 50_000_000


def recordings_folder() -> Path:
    folder = Path(settings.SECONDROUND_HOME) / "recordings"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def recording_path(filename: str) -> Path:
    return recordings_folder() / filename


def write_private(path: Path, chunks: list[bytes]) -> None:
    """Write the file with mode 0600, flushed to disk before the page says it is saved."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        for chunk in chunks:
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())


def remove(filename: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        recording_path(filename).unlink()
