"""Upload a recorded answer, then follow its transcription: JSON for the page's recorder."""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib.auth.models import User
from django.http import FileResponse, HttpRequest, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET, require_POST

from secondround.services.transcription import INSTALL_HINT, voice_available
from secondround.voice.models import Recording
from secondround.voice.storage import EXTENSIONS, MAX_UPLOAD_BYTES, recording_path, write_private


def _refuse(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


@require_POST
def upload(request: HttpRequest) -> JsonResponse:
    """Store the audio (owner-only) and queue its transcription."""
    user = request.user
    assert isinstance(user, User)
    if not voice_available():
        return _refuse(INSTALL_HINT, 503)
    audio = request.FILES.get("audio")
    if audio is None or not audio.size:
        return _refuse("The recording arrived empty; record again.", 400)
    if audio.size > MAX_UPLOAD_BYTES:
        return _refuse("The recording is over 50 MB; record one answer at a time.", 400)
    content_type = (audio.content_type or "").split(";")[0].strip().lower()
    suffix = EXTENSIONS.get(content_type)
    if suffix is None:
        return _refuse(
            "That recording format is not one secondround reads (webm, ogg, wav, m4a, mp3).", 400
        )
    filename = f"{uuid.uuid4().hex}{suffix}"
    write_private(recording_path(filename), list(audio.chunks()))
    recording = Recording.objects.create(
        owner=user,
        filename=filename,
        size=audio.size,
        question=request.POST.get("question", "")[:500],
    )
    from secondround.voice.tasks import transcribe_recording

    transcribe_recording.enqueue(recording.pk)
    recording.refresh_from_db()
    return JsonResponse(_state(recording), status=201)


@require_GET
def status(request: HttpRequest, key: uuid.UUID) -> JsonResponse:
    """Where the transcription is, and its transcript and delivery when done."""
    recording = get_object_or_404(Recording, key=key, owner=request.user)
    return JsonResponse(_state(recording))


def _state(recording: Recording) -> dict[str, Any]:
    done = recording.status == "done"
    return {
        "key": str(recording.key),
        "status": recording.status,
        "label": recording.get_status_display(),
        "error": recording.error,
        "transcript": recording.transcript if done else "",
        "delivery": recording.delivery if done else None,
    }


@require_GET
def speak(request: HttpRequest) -> HttpResponseBase:
    """The question in `q` read aloud as a wav (cached); 503 says how to get a voice."""
    from django.conf import settings

    from secondround.services.speech import SpeechUnavailable, spoken

    text = request.GET.get("q", "").strip()
    if not text:
        return _refuse("Give the text to read aloud.", 400)
    try:
        path = spoken(text, settings.SECONDROUND_HOME)
    except SpeechUnavailable as exc:
        return _refuse(str(exc), 503)
    response = FileResponse(path.open("rb"), content_type="audio/wav")
    response["Cache-Control"] = "private, max-age=86400"
    return response
