"""A transcription whose worker died: found stale, shown as failed with "Try again", audio kept.

A worker killed mid-job (the machine rebooted, `kill -9`, the out-of-memory killer) leaves its
recording "Transcribing" and its task "Running" for ever, since nobody is left to say otherwise.
A recording still in flight is stale when its task has ended without it (failed, or finished
without writing back), has vanished from the queue, or is running but has shown no sign of life
(voice/tasks.py writes one after each stretch of speech) for the minutes of the setting
`SECONDROUND_TRANSCRIPTION_STALE_MINUTES`. A task still waiting for a worker is never stale: it
is transcribed when one starts.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from importlib.util import find_spec

from django.conf import settings
from django.utils import timezone

from secondround.core.errors import UserError
from secondround.voice.models import Recording, RecordingStatus
from secondround.voice.storage import recording_path

STOPPED = (
    "The transcription stopped before it finished (its worker ended); the recording is kept: "
    "press Try again."
)
LOST = "The transcription was lost from the queue; the recording is kept: press Try again."
IN_FLIGHT = (RecordingStatus.QUEUED, RecordingStatus.TRANSCRIBING)
# What the queue says of a task: django-tasks' statuses, or one of these two.
VANISHED = "VANISHED"
UNKNOWN = "UNKNOWN"  # no task id, or a backend that cannot look results up


class RecoveryError(UserError):
    """The recording cannot be tried again; the message says why in one sentence."""


def stale_after() -> timedelta:
    return timedelta(minutes=float(settings.SECONDROUND_TRANSCRIPTION_STALE_MINUTES))


def task_status(task_id: str) -> str:
    """The queue's status of a task ("READY", "RUNNING", "FAILED", "SUCCESSFUL"), VANISHED or
    UNKNOWN."""
    if not task_id or find_spec("django_tasks") is None:
        return UNKNOWN
    from django_tasks import default_task_backend
    from django_tasks.exceptions import TaskResultDoesNotExist

    if not default_task_backend.supports_get_result:
        return UNKNOWN
    try:
        return str(default_task_backend.get_result(task_id).status)
    except TaskResultDoesNotExist:
        return VANISHED


def stale_reason(recording: Recording, now: datetime) -> str | None:
    """Why the recording's transcription will never finish, or None while it still may."""
    if recording.status not in IN_FLIGHT:
        return None
    state = task_status(recording.task_id)
    if state in ("FAILED", "SUCCESSFUL"):
        return STOPPED
    if state == VANISHED:
        return LOST
    if state == "READY":
        return None
    last = recording.progress_at or recording.created_at
    return STOPPED if now - last > stale_after() else None


def recover(recording: Recording, now: datetime | None = None) -> Recording:
    """The recording as it should be shown: a stale one is stored as failed, to try again."""
    now = now or timezone.now()
    reason = stale_reason(recording, now)
    if reason is None:
        return recording
    # Only if nothing moved meanwhile: a slow worker that just wrote progress keeps its job.
    changed = Recording.objects.filter(
        pk=recording.pk, status=recording.status, progress_at=recording.progress_at
    ).update(status=RecordingStatus.FAILED, error=reason, can_retry=True)
    if changed:
        _end_task(recording.task_id, now)
    recording.refresh_from_db()
    return recording


def recover_all(now: datetime | None = None) -> int:
    """Mark every stale recording of every account failed; how many there were."""
    found = 0
    for recording in Recording.objects.filter(status__in=IN_FLIGHT):
        if recover(recording, now).status == RecordingStatus.FAILED:
            found += 1
    return found


def try_again(recording: Recording) -> Recording:
    """Queue a failed recording's transcription once more (the same audio)."""
    from secondround.voice.tasks import queue_transcription

    if recording.status != RecordingStatus.FAILED or not recording.can_retry:
        raise RecoveryError(
            "Only a transcription that stopped part-way can be tried again; record the answer "
            "again instead."
        )
    if not recording_path(recording.filename).is_file():
        raise RecoveryError("The recording's audio is gone; record the answer again.")
    queue_transcription(recording)
    return recording


def _end_task(task_id: str, now: datetime) -> None:
    """A task left "Running" by a dead worker is marked failed, so the queue tells the truth."""
    if task_status(task_id) != "RUNNING":
        return
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(id=task_id, status="RUNNING").update(
        status="FAILED",
        finished_at=now,
        exception_class_path="secondround.voice.recovery.WorkerStopped",
        traceback="The worker stopped without finishing this task; found stale by secondround.",
    )
