"""The task worker that `serve` runs beside the web server in local mode: one thread, one queue."""

from __future__ import annotations

import os
import threading
from importlib.util import find_spec
from typing import Any

# How often the idle worker looks for a new recording, in seconds.
POLL_SECONDS = 0.5


def start_worker() -> tuple[Any, threading.Thread] | None:
    """Run django-tasks-db's worker in a daemon thread; None when the voice extra is missing.

    Gives the worker and its thread: `worker.running = False` stops it after its current task.
    """
    if find_spec("django_tasks_db") is None:
        return None
    from django_tasks_db.management.commands.db_worker import Worker

    worker = Worker(
        queue_names=["default"],
        interval=POLL_SECONDS,
        batch=False,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id=f"serve-{os.getpid()}",
        excluded_queue_names=[],
    )
    # Signals stay with the server's main thread; this thread simply ends with the process.
    thread = threading.Thread(target=worker.run, name="secondround-tasks", daemon=True)
    thread.start()
    return worker, thread
