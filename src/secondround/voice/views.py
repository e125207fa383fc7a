"""Upload a recorded answer, then follow its transcription: JSON for the page's recorder."""

from __future__ import annotations

import uuid
from typing import Any

from django.http import FileResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from secondround.accounts.limits import audio_allowance, audio_refusal
from secondround.services.transcription import INSTALL_HINT, audio_seconds, voice_available
from secondround.voice.models import Recording, RecordingStatus
from secondround.voice.recovery import RecoveryError, recover, try_again
from secondround.voice.storage import EXTENSIONS, MAX_UPLOAD_BYTES, recording_path, write_private
from secondround.web.owner import SignedInRequest, own_recording

UNREADABLE = (
    "That recording is not audio secondround can read (damaged, or a codec it does not "
    "decode); record again."
)


def _refuse(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


@require_POST
def upload(request: SignedInRequest) -> HttpResponseBase:
    """Store the audio (owner-only) and queue its transcription."""
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
    seconds = audio_seconds(audio.file) if audio.file is not None else None
    allowance = audio_allowance(request.user.pk)
    if allowance is not None:
        # Minutes are counted from what is stored, so a recording that cannot be measured
        # cannot be let in where there is a limit to keep.
        if seconds is None:
            return _refuse(UNREADABLE, 400)
        refused = audio_refusal(request, request.user.pk, seconds)
        if refused is not None:
            return refused
    filename = f"{uuid.uuid4().hex}{suffix}"
    write_private(recording_path(filename), list(audio.chunks()))
    recording = Recording.objects.create(
        owner=request.user,
        filename=filename,
        size=audio.size,
        question=request.POST.get("question", "")[:500],
        duration_s=seconds,
    )
    from secondround.voice.tasks import queue_transcription

    queue_transcription(recording)
    state = _state(recording)
    # The count beside the record button, with this recording in it.
    allowance = audio_allowance(request.user.pk)
    state["allowance"] = allowance.text if allowance else ""
    return JsonResponse(state, status=201)


@require_GET
def status(request: SignedInRequest, key: uuid.UUID) -> JsonResponse:
    """Where the transcription is, and its transcript and delivery when done; a transcription
    whose worker died is reported failed, to try again."""
    recording = recover(own_recording(request, key))
    return JsonResponse(_state(recording))


@require_POST
def retry(request: SignedInRequest, key: uuid.UUID) -> JsonResponse:
    """Queue a stopped transcription again, from the audio that was kept."""
    recording = own_recording(request, key)
    if not voice_available():
        return _refuse(INSTALL_HINT, 503)
    try:
        try_again(recording)
    except RecoveryError as exc:
        return _refuse(str(exc), 409)
    return JsonResponse(_state(recording), status=202)


def _state(recording: Recording) -> dict[str, Any]:
    done = recording.status == RecordingStatus.DONE
    return {
        "key": str(recording.key),
        "status": recording.status,
        "label": recording.get_status_display(),
        "error": recording.error,
        "retry": recording.status == RecordingStatus.FAILED and recording.can_retry,
        "retry_url": reverse("voice_retry", args=[recording.key]),
        "transcript": recording.transcript if done else "",
        "delivery": recording.delivery if done else None,
    }


@require_GET
def speak(request: SignedInRequest) -> HttpResponseBase:
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
