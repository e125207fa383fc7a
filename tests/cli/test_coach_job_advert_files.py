"""`coach --job` reads the advert as `job analyse` does: a PDF or Word advert is read, not refused,
and a file the job reader refuses is refused here in the same sentence."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus
from tests.documents import docx_with_text, pdf_with_text, pdf_without_text

ANSWER = (
    "Last year I was a receptionist at a dental practice. "
    "My job was to cut the number of missed appointments. "
    "I set up text reminders two days before each visit and phoned every new patient myself. "
    "Within three months missed appointments fell from 40 a month to 12."
)
ADVERT = (
    "Practice manager. You will reduce missed appointments, run patient reminders and "
    "manage the reception team of a busy dental practice."
)


def _relevance(out: str) -> object:
    return json.loads(out)["relevance"]["job"]


@pytest.mark.parametrize(
    ("name", "content"),
    [("advert.pdf", pdf_with_text(ADVERT)), ("advert.docx", docx_with_text(ADVERT))],
)
def test_a_document_advert_gives_the_same_relevance_as_its_text(
    cli: Callable[..., Any], tmp_path: Path, name: str, content: bytes
) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(ANSWER, encoding="utf-8")
    text_advert = tmp_path / "advert.txt"
    text_advert.write_text(ADVERT, encoding="utf-8")
    document = tmp_path / name
    document.write_bytes(content)
    code, from_text, _ = cli("coach", str(answer), "--json", "--job", str(text_advert))
    assert code == ExitStatus.OK
    code, from_document, _ = cli("coach", str(answer), "--json", "--job", str(document))
    assert code == ExitStatus.OK
    assert _relevance(from_document) is not None
    assert _relevance(from_document) == _relevance(from_text)


def test_a_pdf_without_text_is_refused_as_job_analyse_refuses_it(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(ANSWER, encoding="utf-8")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf_without_text())
    code, _, coach_err = cli("coach", str(answer), "--job", str(scan))
    job_code, _, job_err = cli("job", "analyse", str(scan))
    assert code == job_code != ExitStatus.OK
    assert coach_err.strip() == job_err.strip()
    assert "Traceback" not in coach_err
