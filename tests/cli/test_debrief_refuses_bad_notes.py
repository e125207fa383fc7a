"""`secondround debrief` refuses notes it cannot read in one sentence with a named exit status:
empty, binary, not in English, or longer than the web page takes; 10,000 short lines are read."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus

FRENCH = (
    "premier entretien avec Margaux, elle serait ma responsable\n"
    "- elle m'a demandé si j'avais déjà géré une équipe de vingt personnes\n"
    "- j'ai promis d'envoyer mon portfolio et deux références avant vendredi\n"
    "- l'équipe compte six personnes, trois jours au bureau par semaine\n"
)


def _one_sentence(err: str) -> None:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].rstrip().endswith(".")


@pytest.mark.parametrize(
    ("stdin", "says"),
    [(b"", "empty"), (b"   \n\n", "empty"), (b"\x00\x01\x02\xff\xfe", "binary")],
)
def test_empty_and_binary_notes_are_refused(
    cli: Callable[..., Any], stdin: bytes, says: str
) -> None:
    code, out, err = cli("debrief", "-", "--json", stdin=stdin)
    assert code == ExitStatus.BAD_INPUT
    assert out == ""
    assert says in err
    _one_sentence(err)


def test_notes_not_in_english_are_refused(cli: Callable[..., Any], tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(FRENCH, encoding="utf-8")
    code, out, err = cli("debrief", str(notes), "--json")
    assert code == ExitStatus.BAD_INPUT
    assert out == ""
    assert "English" in err
    _one_sentence(err)


def test_ten_thousand_short_lines_are_read(cli: Callable[..., Any]) -> None:
    notes = "\n".join(f"- {n % 90 + 10} ppl" for n in range(10_000))
    assert len(notes) < 100_000
    code, out, err = cli("debrief", "-", "--json", stdin=notes.encode())
    assert code == ExitStatus.OK, err
    assert set(json.loads(out)) >= {"concerns", "promises", "facts", "people"}


def test_ten_thousand_long_lines_are_refused_in_one_sentence(cli: Callable[..., Any]) -> None:
    lines = (f"- promised to send the report for site {n} by friday" for n in range(10_000))
    notes = "\n".join(lines)
    assert len(notes) > 100_000
    code, out, err = cli("debrief", "-", "--json", stdin=notes.encode())
    assert code == ExitStatus.BAD_INPUT
    assert out == ""
    assert "too long" in err
    _one_sentence(err)
