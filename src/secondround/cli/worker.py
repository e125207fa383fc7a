"""`secondround worker`: transcribe recorded answers from the task queue, in a process of its own.

`serve` runs a worker thread beside the local web app. A hosted server runs this command as
processes of their own (deploy/systemd/secondround-worker@.service, docs/hosting.md), as many
as its cores allow, on the web machines or on others sharing the database and the recordings
folder. Each takes one queued transcription at a time. SIGTERM or Ctrl+C stops it once the
recording in hand is done; a second one stops it at once, and that recording is shown as
failed, to try again.
"""

from __future__ import annotations

import signal
from datetime import datetime
from types import FrameType
from typing import Any

import typer

from secondround.cli.app import app
from secondround.cli.django_setup import setup_django
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import console, fail, safe


class _Stopper:
    """SIGTERM and SIGINT: the first ends the loop after the task in hand, the second at once."""

    def __init__(self, worker: Any) -> None:
        self.worker = worker
        self.asked = False
        self.forced = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.asked:
            if self.worker.running_task:
                self.forced = True
                # Raised inside the task: the queue marks it failed, and so does the task
                # itself for its recording (voice/tasks.py), keeping the audio.
                raise KeyboardInterrupt
            return
        self.asked = True
        self.worker.running = False
        if self.worker.running_task:
            console.print(
                "Stopping once this recording is transcribed (press Ctrl+C again to stop now)."
            )

    def install(self) -> None:
        signal.signal(signal.SIGINT, self)
        signal.signal(signal.SIGTERM, self)


def _report(recording: int | None, outcome: str, seconds: float) -> None:
    console.print(
        f"{datetime.now():%H:%M:%S} recording {recording}: {safe(outcome)} ({seconds:.1f} s)"
    )


@app.command()
def worker(
    interval: float = typer.Option(
        1.0, min=0.1, max=60.0, help="Seconds between looks at an empty queue."
    ),
    batch: bool = typer.Option(
        False, "--batch", help="Transcribe what is waiting, then stop (for a timer or a test)."
    ),
) -> None:
    """Transcribe recorded answers from the queue, in a process of its own.

    Example: [bold]secondround worker[/] (in hosted mode too, with the server's settings)
    """
    from secondround.services.transcription import INSTALL_HINT, voice_available

    if not voice_available():
        fail(INSTALL_HINT, ExitStatus.NEEDS_EXTRA)
    setup_django(hosted=True)
    from secondround.voice.recovery import recover_all
    from secondround.voice.worker import build_worker, worker_id

    # A worker killed earlier (on this machine or another) left its recording "Transcribing".
    stale = recover_all()
    if stale:
        console.print(
            f"{stale} recording(s) whose transcription had stopped are marked failed; their "
            "owners can try them again."
        )
    name = worker_id()
    task_worker = build_worker(name, interval, batch, report=_report)
    stopper = _Stopper(task_worker)
    stopper.install()
    console.print(
        f"Transcribing recordings from the queue as worker {safe(name)}; "
        + ("it stops when the queue is empty." if batch else "press Ctrl+C to stop.")
    )
    task_worker.run()
    if stopper.forced:
        fail(
            "Stopped in the middle of a transcription; that recording is kept and shown as "
            "failed, to try again.",
            ExitStatus.ERROR,
        )
    console.print("Stopped.")
