"""Run the real `secondround` command: in-process (quick) or as a subprocess (the script)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from secondround.cli.app import main
from secondround.cli.exit_codes import ExitStatus


class Result(NamedTuple):
    code: int
    out: str
    err: str


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: None
) -> Callable[..., Result]:
    """Call the command line's entry point with arguments, as the script would; `stdin=` bytes
    arrive as a pipe would give them, `tty=True` makes stdin a terminal a person types into."""

    def run(*args: str, stdin: bytes | None = None, tty: bool = False) -> Result:
        if stdin is not None:
            stream = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
            if tty:
                monkeypatch.setattr(stream, "isatty", lambda: True)
            monkeypatch.setattr("sys.stdin", stream)
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def debrief_json(cli: Callable[..., Result]) -> Callable[[str], dict[str, Any]]:
    """`secondround debrief - --json` on notes given as text: the reading, once it ran cleanly."""

    def read(notes: str) -> dict[str, Any]:
        code, out, err = cli("debrief", "-", "--json", stdin=notes.encode())
        assert code == ExitStatus.OK, err
        data: dict[str, Any] = json.loads(out)
        return data

    return read


@pytest.fixture
def debrief_roles(
    debrief_json: Callable[[str], dict[str, Any]],
) -> Callable[[str], dict[str, str]]:
    """Each person `secondround debrief --json` finds, with their role; every evidence is the notes'
    own text at its offsets."""

    def read(notes: str) -> dict[str, str]:
        data = debrief_json(notes)
        for person in data["people"]:
            assert notes[person["start"] : person["end"]] == person["evidence"]
        return {p["name"]: p["role"] for p in data["people"]}

    return read


@pytest.fixture
def script(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the installed `secondround` script in a fresh process with its own data folder."""
    home = tmp_path / "home"
    bin_dir = Path(sys.executable).parent

    def run(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "SECONDROUND_HOME": str(home), "COLUMNS": "200"}
        env.pop("DJANGO_SETTINGS_MODULE", None)
        # The script gets a database of its own (SQLite in its home), never the server named by
        # SECONDROUND_DATABASE_URL: on the PostgreSQL run that is a real, shared database, not
        # the throw-away one pytest-django creates for the in-process tests.
        env.pop("SECONDROUND_DATABASE_URL", None)
        return subprocess.run(
            [str(bin_dir / "secondround"), *args],
            input=stdin,
            capture_output=True,
            text=not isinstance(stdin, bytes),
            env=env,
            timeout=120,
        )

    return run
