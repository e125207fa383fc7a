"""A transcription whose worker died is shown as failed with "Try again", its audio kept; trying
again queues the same audio, and a worker transcribes it."""

from __future__ import annotations

import shutil
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from secondround.voice.models import Recording, RecordingStatus
from secondround.voice.storage import recording_path
from secondround.voice.tasks import queue_transcription
from tests.voice_clips import answer_clip


def _queued(user: User) -> Recording:
    """A recording on the real database queue, its audio in the data folder."""
    recording = Recording.objects.create(owner=user, filename="kept.wav", size=1, question="Q?")
    shutil.copyfile(answer_clip(), recording_path("kept.wav"))
    queue_transcription(recording)
    return recording


def _claimed(recording: Recording, quiet_for: timedelta) -> None:
    """As a worker leaves it when killed mid-job: the task running, no word for `quiet_for`."""
    DBTaskResult.objects.filter(id=recording.task_id).update(
        status="RUNNING", started_at=timezone.now() - quiet_for
    )
    Recording.objects.filter(pk=recording.pk).update(
        status=RecordingStatus.TRANSCRIBING, progress_at=timezone.now() - quiet_for
    )


def _state(client: Client, recording: Recording) -> dict[str, Any]:
    response = client.get(f"/voice/recordings/{recording.key}/")
    assert response.status_code == 200
    data: dict[str, Any] = response.json()
    return data


def test_a_quiet_running_task_is_shown_failed_with_try_again(client_in: Client, user: User) -> None:
    recording = _queued(user)
    _claimed(recording, timedelta(minutes=6))
    state = _state(client_in, recording)
    assert state["status"] == "failed"
    assert state["retry"] is True
    assert "stopped before it finished" in state["error"]
    assert state["error"].endswith("press Try again.")
    assert recording_path("kept.wav").exists()
    # The queue no longer claims the task is running.
    assert DBTaskResult.objects.get(id=recording.task_id).status == "FAILED"


def test_a_task_that_is_still_working_is_left_alone(client_in: Client, user: User) -> None:
    recording = _queued(user)
    _claimed(recording, timedelta(minutes=2))
    assert _state(client_in, recording)["status"] == "transcribing"


def test_a_recording_waiting_for_a_worker_is_never_stale(client_in: Client, user: User) -> None:
    recording = _queued(user)
    Recording.objects.filter(pk=recording.pk).update(
        progress_at=timezone.now() - timedelta(hours=5)
    )
    state = _state(client_in, recording)
    assert (state["status"], state["label"]) == ("queued", "Waiting to be transcribed")


@pytest.mark.parametrize(
    ("what_happened", "says"),
    [("vanished", "lost from the queue"), ("failed", "stopped before it finished")],
)
def test_a_task_that_ended_or_vanished_without_it_is_failed_at_once(
    client_in: Client, user: User, what_happened: str, says: str
) -> None:
    recording = _queued(user)
    _claimed(recording, timedelta(seconds=5))
    task = DBTaskResult.objects.filter(id=recording.task_id)
    if what_happened == "vanished":
        task.delete()
    else:
        task.update(status="FAILED", finished_at=timezone.now())
    state = _state(client_in, recording)
    assert state["status"] == "failed" and state["retry"] is True
    assert says in state["error"]


@pytest.mark.django_db(transaction=True)
def test_try_again_transcribes_the_kept_audio(client_in: Client, user: User) -> None:
    recording = _queued(user)
    first_task = recording.task_id
    _claimed(recording, timedelta(minutes=30))
    assert _state(client_in, recording)["retry"] is True
    response = client_in.post(f"/voice/recordings/{recording.key}/retry/")
    assert response.status_code == 202
    assert response.json()["status"] == "queued"
    recording.refresh_from_db()
    assert recording.task_id != first_task
    call_command("db_worker", batch=True, verbosity=0)
    state = _state(client_in, recording)
    assert state["status"] == "done", state
    assert "supplier" in state["transcript"].lower()


def test_try_again_is_refused_where_it_cannot_help(client_in: Client, user: User) -> None:
    silent = Recording.objects.create(
        owner=user,
        filename="silent.wav",
        size=1,
        status=RecordingStatus.FAILED,
        error="No speech was heard in silent.wav; check the microphone and record again.",
    )
    refused = client_in.post(f"/voice/recordings/{silent.key}/retry/")
    assert refused.status_code == 409
    assert "record the answer again" in refused.json()["error"]
    assert _state(client_in, silent)["retry"] is False
    gone = Recording.objects.create(
        owner=user, filename="gone.wav", size=1, status=RecordingStatus.FAILED, can_retry=True
    )
    refused = client_in.post(f"/voice/recordings/{gone.key}/retry/")
    assert refused.status_code == 409
    assert "audio is gone" in refused.json()["error"]
    assert Recording.objects.get(pk=gone.pk).status == RecordingStatus.FAILED


def test_another_persons_recording_cannot_be_tried_again(client_in: Client, user: User) -> None:
    stranger = User.objects.create_user("stranger")
    theirs = _queued(stranger)
    _claimed(theirs, timedelta(minutes=30))
    assert client_in.post(f"/voice/recordings/{theirs.key}/retry/").status_code == 404
    assert client_in.get(f"/voice/recordings/{theirs.key}/").status_code == 404
    # Looking did not mark it either: only its owner's pages (or a worker) do.
    assert Recording.objects.get(pk=theirs.pk).status == RecordingStatus.TRANSCRIBING
