"""PDF uploads are bounded as Word files are: in pages, in text and in time, each refusal one
sentence beside the field with nothing saved."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from fpdf import FPDF

from secondround.interviews.models import Interview
from secondround.services import documents
from tests.documents import pdf_with_text


def _pdf_of_pages(count: int) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for number in range(count):
        pdf.add_page()
        pdf.cell(0, 10, f"Page {number}")
    return bytes(pdf.output())


def _refused(client: Client, data: bytes, sentence: str) -> None:
    started = time.monotonic()
    response: Any = client.post(
        "/interviews/new/",
        {
            "company": "Northwind",
            "role": "Planner",
            "round": "2",
            "timezone": "UTC",
            "format": "video",
            "job_file": SimpleUploadedFile("advert.pdf", data),
            "people-TOTAL_FORMS": "0",
            "people-INITIAL_FORMS": "0",
            "people-MIN_NUM_FORMS": "0",
            "people-MAX_NUM_FORMS": "12",
        },
    )
    assert response.status_code == 200
    assert sentence in response.content.decode()
    assert not Interview.objects.exists()
    assert time.monotonic() - started < 10


def test_a_pdf_of_thousands_of_pages_is_refused(client_in: Client) -> None:
    _refused(client_in, _pdf_of_pages(documents.MAX_PDF_PAGES + 1), "has 301 pages")


def test_reading_a_pdf_is_bounded_in_time(
    client_in: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(documents, "MAX_PDF_SECONDS", -1.0)
    _refused(client_in, pdf_with_text("You will plan routes."), "takes too long to read")
