"""`secondround job analyse`: through the real entry point, as a user or a script would run it."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus
from tests.documents import docx_with_text, pdf_with_text

AD = (
    "Store Manager\n"
    "What you'll need:\n"
    "- Proven experience managing a team - essential\n"
    "- Excellent customer service and a calm head in busy periods\n"
    "- Confident with Excel and Salesforce\n"
)


def test_it_prints_a_readable_report(cli: Callable[..., Any], tmp_path: Path) -> None:
    ad = tmp_path / "advert.txt"
    ad.write_text(AD, encoding="utf-8")
    code, out, _ = cli("job", "analyse", str(ad))
    assert code == ExitStatus.OK
    assert "Leadership" in out
    assert "managing a team" in out
    assert "General and Operations Managers" in out
    assert "Excel, Salesforce" in out


def test_it_prints_the_documented_json(cli: Callable[..., Any]) -> None:
    code, out, _ = cli("job", "analyse", "-", "--json", stdin=AD.encode())
    assert code == ExitStatus.OK
    data = json.loads(out)
    # The first four keys keep their names and meaning; later ones are only ever added.
    assert set(data) == {
        "competencies",
        "keywords",
        "tools",
        "occupation",
        "notes",
        "english",
        "tool_evidence",
    }
    assert data["notes"] == [] and data["english"] is True
    first = data["competencies"][0]
    assert first == {
        "name": "leadership",
        "weight": 3,
        "evidence": "managing a team",
        "start": AD.index("managing a team"),
        "end": AD.index("managing a team") + len("managing a team"),
        "source": "ad",
    }
    assert data["tools"] == ["Excel", "Salesforce"]
    assert data["occupation"]["code"] == "11-1021.00"


def test_the_title_option_names_the_job(cli: Callable[..., Any]) -> None:
    text = b"Serve great coffee.\nFull time, weekends."
    code, out, _ = cli("job", "analyse", "-", "--json", "--title", "Barista", stdin=text)
    assert code == ExitStatus.OK
    data = json.loads(out)
    assert data["occupation"]["title"] == "Baristas"
    # The advert asks for no behaviour in words; what is merely typical of baristas is not
    # printed (measured writer against writer, it cost more precision than it gave recall).
    assert data["competencies"] == []
    assert any("asks for no behaviour in words" in note for note in data["notes"])


@pytest.mark.parametrize(("suffix", "make"), [(".pdf", pdf_with_text), (".docx", docx_with_text)])
def test_it_reads_pdf_and_word_documents(
    cli: Callable[..., Any], tmp_path: Path, suffix: str, make: Callable[[str], bytes]
) -> None:
    path = tmp_path / f"advert{suffix}"
    path.write_bytes(make("Staff Nurse\nYou stay calm under pressure and work as part of a team."))
    code, out, err = cli("job", "analyse", str(path), "--json")
    assert code == ExitStatus.OK, err
    names = {c["name"] for c in json.loads(out)["competencies"]}
    assert {"working_under_pressure", "teamwork"} <= names


def test_markdown_is_read_as_text(cli: Callable[..., Any], tmp_path: Path) -> None:
    path = tmp_path / "advert.md"
    path.write_text("# Barista\n\n**Essential:** a real team player.\n", encoding="utf-8")
    code, out, _ = cli("job", "analyse", str(path), "--json")
    assert code == ExitStatus.OK
    assert json.loads(out)["competencies"][0]["name"] == "teamwork"


def test_a_damaged_pdf_is_refused(cli: Callable[..., Any], tmp_path: Path) -> None:
    path = tmp_path / "advert.pdf"
    path.write_bytes(b"not a pdf at all")
    code, _, err = cli("job", "analyse", str(path))
    assert code == ExitStatus.BAD_INPUT
    assert "not a PDF" in err


def test_the_installed_script_analyses_stdin(
    script: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    done = script("job", "analyse", "--json", stdin=AD)
    assert done.returncode == ExitStatus.OK, done.stderr
    assert json.loads(done.stdout)["competencies"][0]["name"] == "leadership"


def test_the_installed_script_refuses_binary_stdin(
    script: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    done = script("job", "analyse", "-", stdin=b"\x00\x01\x02binary\xff")
    assert done.returncode == ExitStatus.BAD_INPUT
    assert "Traceback" not in str(done.stderr)
