"""`secondround debrief`: through the real entry point, as a user or a script would run it."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus
from tests.documents import docx_with_text, pdf_with_text

NOTES = (
    "1st round w/ Priya (hiring mgr)\n"
    "- she asked whether I had managed a budget, seemed unsure\n"
    "- promised to send my portfolio by Friday\n"
    "- team of 6, 3 days in office\n"
    "- next round: case study with the CTO, Raj\n"
)


def test_it_prints_a_readable_report(cli: Callable[..., Any], tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES, encoding="utf-8")
    code, out, _ = cli("debrief", str(notes))
    assert code == ExitStatus.OK
    assert "Concerns they raised" in out
    assert "she asked whether I had managed a budget" in out
    assert "send my portfolio by Friday" in out
    assert "Priya" in out and "line manager" in out
    assert "case study with the CTO, Raj" in out


def test_it_prints_the_documented_json(cli: Callable[..., Any]) -> None:
    code, out, _ = cli("debrief", "-", "--json", stdin=NOTES.encode())
    assert code == ExitStatus.OK
    data = json.loads(out)
    assert set(data) == {
        "concerns",
        "promises",
        "topics",
        "facts",
        "people",
        "next_round",
        "practice_points",
        "note",
    }
    concern = data["concerns"][0]
    assert concern["competency"] == "organisation"
    assert NOTES[concern["start"] : concern["end"]] == concern["evidence"]
    assert data["promises"][0]["text"] == "send my portfolio by Friday"
    assert [(p["name"], p["role"]) for p in data["people"]] == [
        ("Priya", "line_manager"),
        ("Raj", "senior_executive"),
    ]
    assert {f["category"] for f in data["facts"]} == {"team"}
    assert data["next_round"]["text"] == "case study with the CTO, Raj"


def test_notes_with_nothing_to_prepare_give_an_empty_valid_result(cli: Callable[..., Any]) -> None:
    code, out, _ = cli("debrief", "-", "--json", stdin=b"went ok i think")
    assert code == ExitStatus.OK
    assert json.loads(out) == {
        "concerns": [],
        "promises": [],
        "topics": [],
        "facts": [],
        "people": [],
        "next_round": None,
        "practice_points": [],
        "note": None,
    }
    code, out, _ = cli("debrief", "-", stdin=b"went ok i think")
    assert code == ExitStatus.OK
    assert "Nothing to prepare" in out


@pytest.mark.parametrize(("suffix", "make"), [(".pdf", pdf_with_text), (".docx", docx_with_text)])
def test_it_reads_pdf_and_word_documents(
    cli: Callable[..., Any], tmp_path: Path, suffix: str, make: Callable[[str], bytes]
) -> None:
    path = tmp_path / f"notes{suffix}"
    path.write_bytes(make("Tom from HR will call.\nThey asked whether I had led a team."))
    code, out, err = cli("debrief", str(path), "--json")
    assert code == ExitStatus.OK, err
    data = json.loads(out)
    assert data["people"][0]["role"] == "hr"
    assert data["concerns"][0]["competency"] == "leadership"


def test_the_installed_script_reads_stdin(
    script: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    done = script("debrief", "--json", stdin=NOTES)
    assert done.returncode == ExitStatus.OK, done.stderr
    assert json.loads(done.stdout)["people"][0]["name"] == "Priya"


def test_the_installed_script_refuses_binary_stdin(
    script: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    done = script("debrief", "-", stdin=b"\x00\x01\x02binary\xff")
    assert done.returncode == ExitStatus.BAD_INPUT
    assert "Traceback" not in str(done.stderr)
