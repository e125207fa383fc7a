"""Transcribing a recording, on Django's task queue (django-tasks with its database backend).

While it works the task keeps the recording's `progress_at` fresh (once started, and after each
stretch of speech), so a recording whose worker was killed is found stale by voice/recovery.py
instead of saying "Transcribing" for ever.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django_tasks import TaskContext, task

from secondround.services.transcription import TranscriptionError, transcribe
from secondround.services.voice import coach_words
from secondround.voice.models import Recording, RecordingStatus
from secondround.voice.storage import recording_path

# A sign of life at most this often, in seconds: a write per stretch would be wasted on a
# short answer, and the stale check waits minutes, not seconds.
PROGRESS_EVERY_S = 5.0
# Failures that another attempt may cure: the speech model missing or damaged on this worker.
# Silence, audio that cannot be read and overlong files fail the same way each time.
RETRYABLE = frozenset({"missing", "model"})
STOPPED = "The transcription stopped before it finished; the recording is kept: press Try again."


def queue_transcription(recording: Recording) -> None:
    """Put the recording on the queue and remember which task transcribes it."""
    with transaction.atomic():
        # The id is cleared first, so a task run as it is queued (the tests' immediate
        # backend) is not taken for an older one that was superseded.
        Recording.objects.filter(pk=recording.pk).update(
            status=RecordingStatus.QUEUED,
            error="",
            can_retry=False,
            task_id="",
            progress_at=timezone.now(),
        )
        result = transcribe_recording.enqueue(recording.pk)
        Recording.objects.filter(pk=recording.pk).update(task_id=str(result.id))
    recording.refresh_from_db()


@task(takes_context=True)
def transcribe_recording(context: TaskContext, recording_id: int) -> str:
    """Transcribe one recording and store its words and delivery; a failure keeps the audio."""
    task_id = str(context.task_result.id)
    recording = Recording.objects.filter(pk=recording_id).first()
    if recording is None:  # deleted while it waited
        return "gone"
    if recording.task_id and recording.task_id != task_id:
        # "Try again" queued a newer task for it after this one was found stale.
        return "superseded"
    mine: QuerySet[Recording] = Recording.objects.filter(pk=recording_id).filter(
        Q(task_id="") | Q(task_id=task_id)
    )
    mine.update(status=RecordingStatus.TRANSCRIBING, progress_at=timezone.now())
    last = time.monotonic()

    def alive(seconds: float) -> None:
        nonlocal last
        if time.monotonic() - last >= PROGRESS_EVERY_S:
            last = time.monotonic()
            mine.update(progress_at=timezone.now())

    try:
        transcript = transcribe(
            recording_path(recording.filename), settings.SECONDROUND_HOME, progress=alive
        )
    except TranscriptionError as exc:
        mine.update(
            status=RecordingStatus.FAILED,
            error=str(exc)[:300],
            can_retry=exc.reason in RETRYABLE,
        )
        return exc.reason
    except BaseException:
        # An unexpected fault, or the worker told to stop at once (a second Ctrl+C): either
        # way the audio is kept and another attempt may well succeed.
        mine.update(status=RecordingStatus.FAILED, error=STOPPED, can_retry=True)
        raise
    delivery, _ = coach_words(transcript.text, transcript.words, recording.question or None)
    mine.update(
        status=RecordingStatus.DONE,
        transcript=transcript.text,
        words=transcript.to_dict()["words"],
        delivery=delivery.to_dict(),
        duration_s=transcript.duration,
        progress_at=timezone.now(),
        error="",
        can_retry=False,
    )
    return "done"
