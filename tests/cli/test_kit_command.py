"""`secondround kit INTERVIEW [--pdf FILE] [--json]`: the prep pack in the terminal and as PDF."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from secondround.cli.exit_codes import ExitStatus

NOTES = "- she asked whether I had managed a budget before\n- promised to send my portfolio\n"


def _add(make_interview: Any, **fields: Any) -> Any:
    return make_interview(
        company="Northwind",
        job_description="Lead a team of six and juggle competing deadlines. " * 5,
        notes=NOTES,
        people=[("Priya Shah", "line_manager")],
        **fields,
    )


def test_it_writes_a_one_page_pdf(
    cli: Callable[..., Any], make_interview: Any, tmp_path: Path
) -> None:
    interview = _add(make_interview)
    out = tmp_path / "pack.pdf"
    result = cli("kit", str(interview.pk), "--pdf", str(out))
    assert result.code == ExitStatus.OK, result.err
    assert f"Wrote the prep pack for Northwind to {out}." in result.out
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Priya Shah" in text and "managed a budget" in text and "portfolio" in text


def test_it_prints_the_pack_and_its_json(cli: Callable[..., Any], make_interview: Any) -> None:
    interview = _add(make_interview)
    shown = cli("kit", str(interview.pk))
    assert shown.code == 0
    assert "Key competencies to prepare" in shown.out and "Leadership" in shown.out
    data = json.loads(cli("kit", str(interview.pk), "--json").out)
    assert data["company"] == "Northwind"
    assert data["sections"][:2] == ["Logistics", "Key competencies to prepare"]
    # Questions to ask for the one person to meet; no salary work done, so no salary line.
    assert [who for who, _ in data["questions"]] == ["Priya Shah, line manager"]
    assert 3 <= len(data["questions"][0][1]) <= 4
    assert data["salary_line"] is None
    # Round one's concern comes first among equals: the employer will follow it up.
    assert data["stories"][0][1].startswith('Raised last round: "she asked whether I had')


def test_an_unknown_interview_is_not_found(cli: Callable[..., Any], tmp_path: Path) -> None:
    result = cli("kit", "99", "--pdf", str(tmp_path / "x.pdf"))
    assert result.code == ExitStatus.NOT_FOUND
    assert "There is no interview 99" in result.err
    assert not (tmp_path / "x.pdf").exists()


def test_a_missing_folder_or_wrong_suffix_is_refused(
    cli: Callable[..., Any], make_interview: Any, tmp_path: Path
) -> None:
    interview = _add(make_interview)
    missing = cli("kit", str(interview.pk), "--pdf", str(tmp_path / "nope" / "pack.pdf"))
    assert missing.code == ExitStatus.BAD_INPUT
    assert "does not exist; create it first" in missing.err
    wrong = cli("kit", str(interview.pk), "--pdf", str(tmp_path / "pack.txt"))
    assert wrong.code == ExitStatus.USAGE and "should end in .pdf" in wrong.err
    assert "Traceback" not in missing.err + wrong.err
    assert list(tmp_path.iterdir()) == []


def test_an_undated_interview_gets_a_pack_and_a_note(
    cli: Callable[..., Any], make_interview: Any, tmp_path: Path
) -> None:
    interview = _add(make_interview, in_days=None)
    result = cli("kit", str(interview.pk), "--pdf", str(tmp_path / "pack.pdf"))
    assert result.code == 0
    assert "no date yet" in result.err


def test_terminal_codes_in_stored_text_are_stripped(
    cli: Callable[..., Any], make_interview: Any
) -> None:
    interview = make_interview(company="Evil\x1b[31m Co [bold]x[/bold]")
    result = cli("kit", str(interview.pk))
    assert "\x1b[31m" not in result.out
    assert "Evil Co [bold]x[/bold]" in result.out
