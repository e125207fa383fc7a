"""Audio minutes a day per account: counted from the stored recordings' durations and shown
beside the record button; a recording that would go past them is refused with the polite page
(429) and nothing is stored."""

from __future__ import annotations

import io
import wave
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings

from secondround.accounts.models import Usage
from secondround.voice.models import Recording
from tests.hosted.conftest import page, sign_in

LIMITS = {"requests_per_minute": 1000, "uploads_per_day": 50, "audio_minutes_per_day": 1}


def _speech(seconds: float) -> bytes:
    """A wav of that length: a tone, loud enough to be speech to the upload's checks."""
    rate = 8000
    frames = bytearray()
    for n in range(int(rate * seconds)):
        frames += (8000 if (n // 20) % 2 else -8000).to_bytes(2, "little", signed=True)
    out = io.BytesIO()
    with wave.open(out, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(rate)
        audio.writeframes(bytes(frames))
    return out.getvalue()


def _upload(client: Client, data: bytes, **headers: Any) -> Any:
    audio = SimpleUploadedFile("answer.wav", data, content_type="audio/wav")
    return client.post("/voice/recordings/", {"audio": audio, "question": "Why us?"}, **headers)


def _stored() -> set[str]:
    # The data folder is the test run's: other tests' recordings may be in it too.
    folder = Path(settings.SECONDROUND_HOME) / "recordings"
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def test_the_minutes_used_today_are_shown_beside_the_record_button(account: Any) -> None:
    account("speaker@example.org")
    client = sign_in("speaker@example.org")
    with override_settings(SECONDROUND_LIMITS=LIMITS):
        before = page(client.get("/coach/"))
        assert 'id="record-allowance">Recorded today: 0 s of your 1 minute.' in before
        response = _upload(client, _speech(12.5))
        assert response.status_code == 201, response.content
        assert response.json()["allowance"] == "Recorded today: 13 s of your 1 minute."
        after = page(client.get("/coach/"))
    assert "Recorded today: 13 s of your 1 minute." in after
    # Where it sits: in the recorder, just above its buttons.
    recorder = after[after.index('id="recorder"') :]
    assert recorder.index("record-allowance") < recorder.index('id="record-start"')
    assert Recording.objects.get().duration_s == 12.5


def test_a_recording_past_the_days_minutes_is_refused_and_nothing_is_stored(
    account: Any,
) -> None:
    account("speaker@example.org")
    client = sign_in("speaker@example.org")
    with override_settings(SECONDROUND_LIMITS=LIMITS):
        assert _upload(client, _speech(40)).status_code == 201
        files, rows = _stored(), Recording.objects.count()
        uploads = Usage.objects.get().uploads
        refused = _upload(client, _speech(25))
        # The recorder asks for JSON and shows the same sentence under the button.
        as_json = _upload(client, _speech(25), HTTP_ACCEPT="application/json")
        # What is left of the minute still fits.
        fits = _upload(client, _speech(19))
    assert refused.status_code == 429
    text = " ".join(page(refused).split())
    assert "A moment, please" in text
    assert "1 minute of recorded answers today" in text
    assert "recorded so far: 40 s; this recording: 25 s" in text
    assert "it works again tomorrow" in text
    assert as_json.status_code == 429
    assert as_json.json()["limit"] is True
    assert as_json.json()["error"].startswith("This account has reached 1 minute of recorded")
    assert fits.status_code == 201
    assert Recording.objects.count() == rows + 1
    assert len(_stored()) == len(files) + 1
    # A refused upload is not counted against the uploads a day either.
    assert Usage.objects.get().uploads == uploads + 1


def test_each_account_has_its_own_minutes_and_yesterdays_do_not_count(account: Any) -> None:
    first = account("first@example.org")
    account("second@example.org")
    client, other = sign_in("first@example.org"), sign_in("second@example.org")
    with override_settings(SECONDROUND_LIMITS=LIMITS):
        assert _upload(client, _speech(50)).status_code == 201
        assert _upload(client, _speech(20)).status_code == 429
        assert _upload(other, _speech(50)).status_code == 201
        Recording.objects.filter(owner=first).update(
            created_at=Recording.objects.get(owner=first).created_at - timedelta(days=1)
        )
        assert _upload(client, _speech(20)).status_code == 201


def test_audio_that_cannot_be_measured_is_refused_where_minutes_are_counted(
    account: Any,
) -> None:
    account("speaker@example.org")
    client = sign_in("speaker@example.org")
    files = _stored()
    with override_settings(SECONDROUND_LIMITS=LIMITS):
        refused = _upload(client, b"not sound at all" * 100)
    assert refused.status_code == 400
    assert "not audio secondround can read" in refused.json()["error"]
    assert not Recording.objects.exists()
    assert _stored() == files


def test_local_mode_counts_no_minutes(client_in: Client, user: User) -> None:
    with override_settings(SECONDROUND_LIMITS=LIMITS):
        assert "record-allowance" not in page(client_in.get("/coach/"))
        assert _upload(client_in, _speech(50)).status_code == 201
        response = _upload(client_in, _speech(50))
    assert response.status_code == 201
    assert response.json()["allowance"] == ""
