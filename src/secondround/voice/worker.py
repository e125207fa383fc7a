"""The task worker that transcribes recordings: a thread inside `serve` in local mode, or the
process `secondround worker` runs (in local and hosted mode) - django-tasks-db's worker either way.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable
from importlib.util import find_spec
from typing import Any

# How often the idle worker inside serve looks for a new recording, in seconds.
POLL_SECONDS = 0.5


def worker_id(prefix: str = "") -> str:
    """A name unique across the pool (the queue keeps at most 64 characters of it)."""
    return f"{prefix}{socket.gethostname()[:40]}-{os.getpid()}"[:64]


def build_worker(
    name: str,
    interval: float,
    batch: bool = False,
    report: Callable[[int | None, str, float], None] | None = None,
) -> Any:
    """django-tasks-db's worker on the default queue; `report(recording id, outcome, seconds)`
    is called after each task. `worker.running = False` stops it after its current task."""
    from django_tasks_db.management.commands.db_worker import Worker
    from django_tasks_db.models import DBTaskResult

    class ReportingWorker(Worker):
        def run_task(self, db_task_result: DBTaskResult) -> None:
            began = time.monotonic()
            super().run_task(db_task_result)
            if report is None:
                return
            args = db_task_result.args_kwargs.get("args") or [None]
            outcome = (
                str(db_task_result.return_value)
                if db_task_result.status == "SUCCESSFUL"
                else "stopped on an error"
            )
            report(args[0], outcome, time.monotonic() - began)

    return ReportingWorker(
        queue_names=["default"],
        interval=interval,
        batch=batch,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id=name,
        excluded_queue_names=[],
    )


def start_worker() -> tuple[Any, threading.Thread] | None:
    """Run the worker in a daemon thread; None when the voice extra is missing.

    Gives the worker and its thread: `worker.running = False` stops it after its current task.
    """
    if find_spec("django_tasks_db") is None:
        return None
    worker = build_worker(worker_id("serve-"), POLL_SECONDS)
    # Signals stay with the server's main thread; this thread simply ends with the process.
    thread = threading.Thread(target=worker.run, name="secondround-tasks", daemon=True)
    thread.start()
    return worker, thread
