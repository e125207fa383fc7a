"""Transcribing a recording, on Django's task queue (django-tasks with its database backend)."""

from __future__ import annotations

from django.conf import settings
from django_tasks import task

from secondround.services.transcription import TranscriptionError, transcribe
from secondround.services.voice import coach_words
from secondround.voice.models import Recording, RecordingStatus
from secondround.voice.storage import recording_path


@task()
def transcribe_recording(recording_id: int) -> str:
    """Transcribe one recording and store its words and delivery; a failure keeps the audio."""
    recording = Recording.objects.filter(pk=recording_id).first()
    if recording is None:  # deleted while it waited
        return "gone"
    Recording.objects.filter(pk=recording_id).update(status=RecordingStatus.TRANSCRIBING)
    try:
        transcript = transcribe(recording_path(recording.filename), settings.SECONDROUND_HOME)
    except TranscriptionError as exc:
        Recording.objects.filter(pk=recording_id).update(
            status=RecordingStatus.FAILED, error=str(exc)[:300]
        )
        return exc.reason
    except Exception:
        Recording.objects.filter(pk=recording_id).update(
            status=RecordingStatus.FAILED,
            error="Transcription stopped on an unexpected error; the recording is kept, try again.",
        )
        raise
    delivery, _ = coach_words(transcript.text, transcript.words, recording.question or None)
    Recording.objects.filter(pk=recording_id).update(
        status=RecordingStatus.DONE,
        transcript=transcript.text,
        words=transcript.to_dict()["words"],
        delivery=delivery.to_dict(),
        duration_s=transcript.duration,
    )
    return "done"
