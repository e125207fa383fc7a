"""Export and import on the web: download every record as JSON, upload it back."""

from __future__ import annotations

import json
from typing import Any

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from secondround.interviews.models import Interview, Person
from secondround.practice.models import PracticeSession
from secondround.services import practice


def _download(client: Client) -> bytes:
    response = client.get("/data/export.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="secondround-export-')
    return response.content


def test_the_data_page_offers_a_download_and_an_upload(client_in: Client) -> None:
    page = client_in.get("/data/").content.decode()
    assert "Download all your data" in page
    assert 'enctype="multipart/form-data"' in page
    assert 'type="file" name="file"' in page


def test_the_download_holds_every_interview_and_dry_run(
    client_in: Client, make_interview: Any, user: User
) -> None:
    interview = make_interview(company="Contoso", people=[("Ann Bell", "hr")])
    session = practice.start_session(user, interview, 3)
    practice.record_answer(session, 0, False, "I ran the budget review and cut costs by 8%.", 40)
    data = json.loads(_download(client_in))
    assert data["format"] == "secondround-export"
    assert [i["company"] for i in data["interviews"]] == ["Contoso"]
    assert data["interviews"][0]["people"][0]["name"] == "Ann Bell"
    assert len(data["practice_sessions"][0]["answers"]) == 1


def test_uploading_the_download_recreates_everything(
    client_in: Client, make_interview: Any, user: User
) -> None:
    interview = make_interview(company="Contoso", people=[("Ann Bell", "hr")])
    session = practice.start_session(user, interview, 3)
    practice.record_answer(session, 0, False, "I ran the budget review and cut costs by 8%.", 40)
    exported = _download(client_in)
    Interview.objects.all().delete()
    upload = SimpleUploadedFile("backup.json", exported, content_type="application/json")
    response = client_in.post("/data/import/", {"file": upload}, follow=True)
    assert b"Imported 1 new and 0 updated interview(s), 1 people." in response.content
    assert Interview.objects.get().company == "Contoso"
    assert Person.objects.get().name == "Ann Bell"
    assert PracticeSession.objects.get().answers.count() == 1


def test_a_bad_file_is_refused_in_one_sentence_and_changes_nothing(
    client_in: Client, make_interview: Any
) -> None:
    make_interview(company="Contoso")
    for content, message in (
        (b'{"format": "secondround-export", "version": 1, "interv', "not valid JSON"),
        (b'{"hello": 1}', "not a secondround export"),
        (b"\xff\xfe\x00garbage", "not a secondround export"),
    ):
        upload = SimpleUploadedFile("bad.json", content, content_type="application/json")
        response = client_in.post("/data/import/", {"file": upload})
        assert response.status_code == 400
        assert message in response.content.decode()
        assert "Nothing was imported" in response.content.decode()
    assert list(Interview.objects.values_list("company", flat=True)) == ["Contoso"]


def test_posting_without_a_file_asks_for_one(client_in: Client) -> None:
    response = client_in.post("/data/import/", {})
    assert response.status_code == 400
    assert "Choose the export file to import." in response.content.decode()
