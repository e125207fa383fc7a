"""A real data folder with a queued transcription, and a real `secondround worker` on it.

The queue is filled by a separate Python process with the server's own settings (what the
upload page does), the worker is the installed script, and the test reads the outcome from the
SQLite file the way any other process would.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

SCRIPT = str(Path(sys.executable).parent / "secondround")
ROOT = Path(__file__).resolve().parents[2]

# Run with the server's settings: the schema, the account, the audio file, the queued task.
QUEUE = """
import shutil, sys
import django
django.setup()
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
from django.contrib.auth.models import User
from secondround.voice.models import Recording
from secondround.voice.storage import recording_path
from secondround.voice.tasks import queue_transcription
owner, _ = User.objects.get_or_create(username=sys.argv[2])
shutil.copyfile(sys.argv[1], recording_path("queued.wav"))
recording = Recording.objects.create(
    owner=owner, filename="queued.wav", size=1, question="Tell me about a time you led a team."
)
queue_transcription(recording)
print(recording.pk)
"""


def need_voice() -> None:
    """Skip only where the voice extra is not installed, as the other voice tests would fail."""
    pytest.importorskip("faster_whisper", reason="needs the voice extra")
    pytest.importorskip("django_tasks_db", reason="needs the voice extra")


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECONDROUND_")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.update(
        {"SECONDROUND_HOME": str(home), "SECONDROUND_VOICE_MODEL": "tiny.en", "COLUMNS": "200"}
    )
    env.update(extra)
    return env


def queue_recording(env: dict[str, str], clip: Path, owner: str = "local") -> int:
    done = subprocess.run(
        [sys.executable, "-c", QUEUE, str(clip), owner],
        capture_output=True,
        text=True,
        env={**env, "DJANGO_SETTINGS_MODULE": "secondround.web.settings"},
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


def start_worker(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [SCRIPT, "worker", "--interval", "0.2", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def row(home: Path, sql: str, *params: Any) -> Any:
    with sqlite3.connect(home / "secondround.sqlite3", timeout=30) as db:
        return db.execute(sql, params).fetchone()


def wait_for(check: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"waited {seconds} s for {what}")


def long_clip(clip: Path, target: Path, times: int) -> Path:
    """The clip said `times` over, so a transcription lasts long enough to be interrupted."""
    with wave.open(str(clip), "rb") as source:
        params = source.getparams()
        frames = source.readframes(source.getnframes())
    with wave.open(str(target), "wb") as out:
        out.setparams(params)
        out.writeframes(frames * times)
    return target
