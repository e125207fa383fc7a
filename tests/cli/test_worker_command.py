"""`secondround worker`: the task queue's worker as a process of its own, in local and hosted
mode; it transcribes what is queued and stops cleanly on SIGTERM or Ctrl+C."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest

from secondround.cli.commands import COMMANDS
from secondround.cli.exit_codes import ExitStatus
from tests.cli.worker_process import (
    SCRIPT,
    env_for,
    need_voice,
    queue_recording,
    row,
    start_worker,
    wait_for,
)
from tests.voice_clips import answer_clip

HOSTED = {
    "SECONDROUND_MODE": "hosted",
    "SECONDROUND_SECRET_KEY": "k" * 60,
    "SECONDROUND_ALLOWED_HOSTS": "prep.example.org",
}


def _status(home: Path, pk: int) -> str:
    return str(row(home, "SELECT status FROM voice_recording WHERE id = ?", pk)[0])


@pytest.mark.parametrize("mode", ["local", "hosted"])
def test_it_transcribes_a_queued_recording_and_stops_on_sigterm(tmp_path: Path, mode: str) -> None:
    need_voice()
    home = tmp_path / "home"
    env = env_for(home, **(HOSTED if mode == "hosted" else {}))
    pk = queue_recording(env, answer_clip(), owner="candidate@example.org")
    assert _status(home, pk) == "queued"
    process = start_worker(env)
    try:
        wait_for(lambda: _status(home, pk) in ("done", "failed"), 120, "the transcription")
        assert _status(home, pk) == "done"
        transcript, task = row(
            home, "SELECT transcript, task_id FROM voice_recording WHERE id = ?", pk
        )
        assert "supplier" in transcript.lower()
        (queue_status,) = row(
            home,
            "SELECT status FROM django_tasks_database_dbtaskresult WHERE id = replace(?, '-', '')",
            task,
        )
        assert queue_status == "SUCCESSFUL"
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == ExitStatus.OK, err
    assert "Transcribing recordings from the queue" in out
    assert f"recording {pk}: done" in out
    assert out.rstrip().endswith("Stopped.")
    assert "Traceback" not in err


def test_ctrl_c_stops_an_idle_worker_at_once(tmp_path: Path) -> None:
    need_voice()
    home = tmp_path / "home"
    env = env_for(home)
    queue_recording(env, answer_clip())
    process = start_worker(env)
    try:
        wait_for(
            lambda: row(home, "SELECT status FROM voice_recording")[0] == "done",
            120,
            "the transcription",
        )
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == ExitStatus.OK
    assert "Stopped." in out and "Traceback" not in err + out


def test_batch_transcribes_what_waits_then_stops(tmp_path: Path) -> None:
    need_voice()
    home = tmp_path / "home"
    env = env_for(home)
    pk = queue_recording(env, answer_clip())
    done = subprocess.run(
        [SCRIPT, "worker", "--batch"], capture_output=True, text=True, env=env, timeout=180
    )
    assert done.returncode == ExitStatus.OK, done.stderr
    assert _status(home, pk) == "done"
    assert "it stops when the queue is empty" in done.stdout


def test_in_hosted_mode_it_leaves_migrating_to_the_web_tier(tmp_path: Path) -> None:
    need_voice()
    done = subprocess.run(
        [SCRIPT, "worker", "--batch"],
        capture_output=True,
        text=True,
        env=env_for(tmp_path / "home", **HOSTED),
        timeout=120,
    )
    assert done.returncode == ExitStatus.ERROR
    assert "The hosted database is not migrated to this version yet" in done.stderr
    assert "Traceback" not in done.stderr
    # Nothing was created in the empty database.
    assert row(tmp_path / "home", "SELECT count(*) FROM sqlite_master WHERE type = 'table'") == (0,)


def test_its_summary_is_in_the_command_table(tmp_path: Path) -> None:
    assert COMMANDS["worker"].module == "secondround.cli.worker"
    done = subprocess.run(
        [SCRIPT, "--help"], capture_output=True, text=True, env=env_for(tmp_path), timeout=60
    )
    assert "Transcribe recorded answers from the queue" in done.stdout
    helped = subprocess.run(
        [SCRIPT, "worker", "--help"],
        capture_output=True,
        text=True,
        env=env_for(tmp_path),
        timeout=60,
    )
    assert "secondround worker" in helped.stdout and "--batch" in helped.stdout
