"""Hostile or broken Word files get one sentence beside the field, quickly, and nothing is saved:
zip bombs and archives of thousands of files are refused before unpacking, entities are off."""

from __future__ import annotations

import io
import time
from typing import Any

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from secondround.interviews.models import Interview
from secondround.services import documents
from tests.documents import docx_with_document_xml, docx_with_text

W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BODY = b"<w:document " + W + b"><w:body>%s</w:body></w:document>"
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b"]><w:document "
    + W
    + b"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)


def _upload(client: Client, data: bytes) -> Any:
    return client.post(
        "/interviews/new/",
        {
            "company": "Northwind",
            "role": "Planner",
            "round": "2",
            "timezone": "UTC",
            "format": "video",
            "job_file": SimpleUploadedFile("advert.docx", data),
            "people-TOTAL_FORMS": "0",
            "people-INITIAL_FORMS": "0",
            "people-MIN_NUM_FORMS": "0",
            "people-MAX_NUM_FORMS": "12",
        },
    )


def _refused(client: Client, data: bytes, sentence: str) -> None:
    started = time.monotonic()
    response = _upload(client, data)
    assert response.status_code == 200
    assert sentence in response.content.decode()
    assert Interview.objects.count() == 0
    assert time.monotonic() - started < 5


def test_it_refuses_broken_xml_with_one_sentence(client_in: Client) -> None:
    broken = docx_with_document_xml(BODY % b"<w:p><w:r><w:t>unclosed</w:r></w:p>")
    _refused(client_in, broken, "advert.docx is a damaged Word document that cannot be read.")


def test_it_refuses_the_billion_laughs_without_expanding_it(client_in: Client) -> None:
    _refused(
        client_in,
        docx_with_document_xml(LAUGHS),
        "advert.docx is a damaged Word document that cannot be read.",
    )


def test_it_refuses_a_zip_bomb_before_unpacking_it(client_in: Client) -> None:
    # 80 MB of one repeated paragraph packs into well under a megabyte.
    paragraph = b"<w:p><w:r><w:t>" + b"a" * 1000 + b"</w:t></w:r></w:p>"
    bomb = docx_with_document_xml(BODY % (paragraph * 80_000))
    assert len(bomb) < 1_000_000
    _refused(client_in, bomb, "advert.docx would unpack to")


def test_it_refuses_an_archive_of_thousands_of_files(client_in: Client) -> None:
    crowded = docx_with_document_xml(BODY % b"<w:p><w:r><w:t>Hi</w:t></w:r></w:p>", 1500)
    _refused(client_in, crowded, "holds 1,5")


def test_it_refuses_a_document_whose_text_is_far_too_long(client_in: Client) -> None:
    paragraph = b"<w:p><w:r><w:t>" + b"word " * 200 + b"</w:t></w:r></w:p>"
    _refused(client_in, docx_with_document_xml(BODY % (paragraph * 400)), "is too long")


def test_reading_is_bounded_in_time(client_in: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_DOCX_SECONDS", -1.0)
    _refused(client_in, docx_with_text("You will plan routes."), "takes too long to read")


def test_a_real_document_keeps_its_paragraphs_and_tables_in_order() -> None:
    document = docx.Document()
    document.add_paragraph("Before the table.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Salary"
    table.rows[0].cells[1].text = "£30,000"
    document.add_paragraph("After\tthe table.")
    out = io.BytesIO()
    document.save(out)
    text = documents.extract_text("advert.docx", out.getvalue())
    assert text == "Before the table.\nSalary | £30,000\nAfter\tthe table."
