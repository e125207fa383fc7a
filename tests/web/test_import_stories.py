"""Stories imported from a Markdown or text file, exported back; a bad file changes nothing."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from secondround.stories.models import Story

FILE = """# Stories

## Supplier went bust
Situation: Two weeks before launch our supplier went bust.
Action: I called six suppliers and persuaded finance.
Result: We launched on time.
Competencies: problem solving

## Two colleagues who would not talk
Situation: Two colleagues disagreed about the weekly report.
Action: I met each of them and proposed a rota.
Result: The report has gone out on time for six months.
Competencies: Conflict, teamwork
"""


def upload(client: Client, data: bytes, name: str = "stories.md") -> str:
    response = client.post(
        "/stories/import/", {"file": SimpleUploadedFile(name, data)}, follow=True
    )
    return response.content.decode()


def test_it_imports_every_story_with_its_competencies(client_in: Client, user: User) -> None:
    page = upload(client_in, FILE.encode())
    assert "Imported 2 new" in page
    story = Story.objects.get(title="Two colleagues who would not talk")
    assert story.competencies == ["conflict", "teamwork"]


def test_importing_the_same_file_twice_updates_rather_than_duplicates(client_in: Client) -> None:
    upload(client_in, FILE.encode())
    page = upload(client_in, FILE.encode())
    assert "updated 2" in page
    assert Story.objects.count() == 2


def test_an_export_imports_back_to_the_same_stories(client_in: Client, user: User) -> None:
    upload(client_in, FILE.encode())
    exported = client_in.get("/stories/export/")
    assert exported["Content-Disposition"] == 'attachment; filename="stories.md"'
    before = list(Story.objects.values_list("title", "action", "competencies"))
    Story.objects.all().delete()
    upload(client_in, exported.content)
    assert list(Story.objects.values_list("title", "action", "competencies")) == before


def test_a_utf16_file_with_its_mark_is_read(client_in: Client) -> None:
    upload(client_in, FILE.encode("utf-16"))
    assert Story.objects.count() == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Some notes with no headings at all.", "has no stories"),
        ("## A\nAction: café\n".encode() + "## B\nAction: café\n".encode("cp1252"), "not UTF-8"),
        (b"## A\nAction: one\n## a\nAction: two\n", "used twice"),
        (b"## A\nAction: one\nCompetencies: juggling\n", "not a competency"),
        (b"## A\n\n", "has no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not a text file"),
    ],
)
def test_a_bad_file_is_refused_in_one_sentence_and_stores_nothing(
    client_in: Client, data: bytes, message: str
) -> None:
    page = upload(client_in, data)
    assert "Nothing was imported" in page
    assert message in page
    assert not Story.objects.exists()
