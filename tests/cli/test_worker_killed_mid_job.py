"""A worker killed in the middle of a transcription (kill -9) leaves the recording
"Transcribing"; once it has shown no sign of life for the stale time, the next worker to start
marks it failed, to try again, and the audio is still there."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

from secondround.cli.exit_codes import ExitStatus
from tests.cli.worker_process import (
    SCRIPT,
    env_for,
    long_clip,
    need_voice,
    queue_recording,
    row,
    start_worker,
    wait_for,
)
from tests.voice_clips import answer_clip


def test_a_killed_workers_recording_is_found_stale_and_kept(tmp_path: Path) -> None:
    need_voice()
    home = tmp_path / "home"
    env = env_for(home)
    # About two minutes of speech: long enough to be caught mid-way on any machine.
    pk = queue_recording(env, long_clip(answer_clip(), tmp_path / "long.wav", 10))
    process = start_worker(env)
    try:
        wait_for(
            lambda: (
                row(home, "SELECT status FROM voice_recording WHERE id = ?", pk)[0]
                == "transcribing"
            ),
            120,
            "the transcription to start",
        )
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    status, task, filename = row(
        home, "SELECT status, task_id, filename FROM voice_recording WHERE id = ?", pk
    )
    assert status == "transcribing"  # nobody is left to say otherwise
    queue_row = (
        "SELECT status FROM django_tasks_database_dbtaskresult WHERE id = replace(?, '-', '')"
    )
    assert row(home, queue_row, task) == ("RUNNING",)

    # A worker starting now does not touch it: the killed one might only be slow.
    fresh = subprocess.run(
        [SCRIPT, "worker", "--batch"], capture_output=True, text=True, env=env, timeout=120
    )
    assert fresh.returncode == ExitStatus.OK, fresh.stderr
    assert row(home, "SELECT status FROM voice_recording WHERE id = ?", pk) == ("transcribing",)

    # Ten minutes without a sign of life (more than the five the stale check waits).
    quiet = (datetime.now(UTC) - timedelta(minutes=10)).strftime("%Y-%m-%d %H:%M:%S.%f")
    with sqlite3.connect(home / "secondround.sqlite3") as db:
        db.execute("UPDATE voice_recording SET progress_at = ? WHERE id = ?", (quiet, pk))
    later = subprocess.run(
        [SCRIPT, "worker", "--batch"], capture_output=True, text=True, env=env, timeout=120
    )
    assert later.returncode == ExitStatus.OK, later.stderr
    assert "1 recording(s) whose transcription had stopped are marked failed" in later.stdout
    status, error, can_retry = row(
        home, "SELECT status, error, can_retry FROM voice_recording WHERE id = ?", pk
    )
    assert (status, can_retry) == ("failed", 1)
    assert "press Try again" in error
    assert row(home, queue_row, task) == ("FAILED",)
    assert (home / "recordings" / filename).stat().st_size > 1_000_000
