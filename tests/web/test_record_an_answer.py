"""Uploading a recorded answer: stored owner-only, transcribed on the task queue, shown as JSON."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client

from secondround.interviews.models import Interview
from secondround.practice.models import PracticeAnswer, PracticeSession
from secondround.voice.models import Recording
from secondround.voice.storage import recording_path, recordings_folder
from tests.voice_clips import answer_clip

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
QUESTION = "Tell me about a time you led a team."


def _upload(client: Client, data: bytes, content_type: str = "audio/wav") -> Any:
    audio = SimpleUploadedFile("answer.wav", data, content_type=content_type)
    return client.post("/voice/recordings/", {"audio": audio, "question": QUESTION})


def test_a_recording_is_transcribed_and_its_delivery_measured(
    client_in: Client, settings: Any
) -> None:
    settings.TASKS = IMMEDIATE
    response = _upload(client_in, answer_clip().read_bytes())
    assert response.status_code == 201
    key = response.json()["key"]
    state = client_in.get(f"/voice/recordings/{key}/").json()
    assert state["status"] == "done", state
    assert "supplier" in state["transcript"].lower()
    assert len(state["delivery"]["pauses"]) == 1
    assert any("pause before" in r["message"] for r in state["delivery"]["remarks"])


def test_the_audio_is_kept_owner_only_in_the_data_folder(client_in: Client, settings: Any) -> None:
    settings.TASKS = IMMEDIATE
    _upload(client_in, answer_clip().read_bytes())
    recording = Recording.objects.get()
    path = recording_path(recording.filename)
    assert path.parent == Path(settings.SECONDROUND_HOME) / "recordings"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(recordings_folder().stat().st_mode) == 0o700
    assert path.read_bytes() == answer_clip().read_bytes()


@pytest.mark.django_db(transaction=True)
def test_the_real_queue_transcribes_it_when_the_worker_runs(client_in: Client) -> None:
    response = _upload(client_in, answer_clip().read_bytes())
    key = response.json()["key"]
    assert response.json()["status"] == "queued"
    assert client_in.get(f"/voice/recordings/{key}/").json()["label"] == (
        "Waiting to be transcribed"
    )
    call_command("db_worker", batch=True, verbosity=0)
    assert client_in.get(f"/voice/recordings/{key}/").json()["status"] == "done"


def test_audio_that_cannot_be_decoded_fails_with_a_reason_and_is_kept(
    client_in: Client, settings: Any
) -> None:
    settings.TASKS = IMMEDIATE
    response = _upload(client_in, b"not sound at all" * 100, "audio/webm")
    state = client_in.get(f"/voice/recordings/{response.json()['key']}/").json()
    assert state["status"] == "failed"
    assert "is not audio secondround can read" in state["error"]
    assert recording_path(Recording.objects.get().filename).exists()


def test_silence_fails_with_a_reason(client_in: Client, settings: Any) -> None:
    settings.TASKS = IMMEDIATE
    silence = b"RIFF$}\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x80>\x00\x00\x00}\x00\x00"
    silence += b"\x02\x00\x10\x00data\x00}\x00\x00" + b"\x00" * 32000
    response = _upload(client_in, silence)
    state = client_in.get(f"/voice/recordings/{response.json()['key']}/").json()
    assert state["status"] == "failed"
    assert state["error"].startswith("No speech was heard")


@pytest.mark.parametrize(
    ("data", "content_type", "says"),
    [
        (b"", "audio/wav", "arrived empty"),
        (b"%PDF-1.4", "application/pdf", "not one secondround reads"),
    ],
)
def test_an_unusable_upload_is_refused_in_one_sentence(
    client_in: Client, data: bytes, content_type: str, says: str
) -> None:
    response = _upload(client_in, data, content_type)
    assert response.status_code == 400
    assert says in response.json()["error"]
    assert not Recording.objects.exists()


def test_without_the_voice_extra_the_upload_says_how_to_get_it(
    client_in: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("secondround.voice.views.voice_available", lambda: False)
    response = _upload(client_in, answer_clip().read_bytes())
    assert response.status_code == 503
    assert 'pip install "secondround[voice]"' in response.json()["error"]
    monkeypatch.setattr("secondround.coaching.views.voice_available", lambda: False)
    page = client_in.get("/coach/").content.decode()
    assert "Recording needs the voice extra" in page
    assert 'id="record-start"' not in page


def test_another_persons_recording_is_not_found(
    client_in: Client, settings: Any, user: User
) -> None:
    settings.TASKS = IMMEDIATE
    stranger = User.objects.create_user("stranger")
    theirs = Recording.objects.create(owner=stranger, filename="x.wav", size=1)
    assert client_in.get(f"/voice/recordings/{theirs.key}/").status_code == 404


@pytest.mark.django_db(transaction=True)
def test_the_audio_is_deleted_with_its_answer(
    client_in: Client, settings: Any, user: User, make_interview: Callable[..., Interview]
) -> None:
    settings.TASKS = IMMEDIATE
    _upload(client_in, answer_clip().read_bytes())
    recording = Recording.objects.get()
    session = PracticeSession.objects.create(owner=user, interview=make_interview(), plan=[])
    answer = PracticeAnswer.objects.create(session=session, position=0, prompt="q", text="t")
    recording.answer = answer
    recording.save()
    path = recording_path(recording.filename)
    assert path.exists()
    session.interview.delete()
    assert not Recording.objects.exists()
    assert not path.exists()


def test_a_dry_run_answer_sent_from_a_recording_keeps_it(
    client_in: Client, settings: Any, user: User, make_interview: Callable[..., Interview]
) -> None:
    from secondround.services import practice

    settings.TASKS = IMMEDIATE
    session = practice.start_session(user, make_interview(), 3)
    page = client_in.get(f"/practice/{session.pk}/").content.decode()
    assert 'id="record-start"' in page
    key = _upload(client_in, answer_clip().read_bytes()).json()["key"]
    transcript = client_in.get(f"/voice/recordings/{key}/").json()["transcript"]
    response = client_in.post(
        f"/practice/{session.pk}/",
        {"position": 0, "is_probe": "", "answer": transcript, "voice_recording": key},
    )
    assert response.status_code == 302
    answer = PracticeAnswer.objects.get(session=session)
    assert Recording.objects.get().answer == answer


def test_export_says_the_recordings_stay_behind(
    client_in: Client, settings: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from secondround.cli.app import main

    settings.TASKS = IMMEDIATE
    _upload(client_in, answer_clip().read_bytes())
    assert main(["export", str(tmp_path / "backup.json")]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "1 recording(s)" in out and "are not in the export" in out
