"""Commands load their modules only when they run: `--version` and `--help` stay light."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import typer.main

import secondround.cli
from secondround.cli.app import _register, app
from secondround.cli.commands import COMMANDS

# Run the entry point in a fresh interpreter and list what it imported.
PROBE = """
import contextlib, io, json, sys
from secondround.cli.app import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(sys.argv[1:])
heavy = sorted(m for m in sys.modules if m.split(".")[0] == "django"
               or m.startswith(("secondround.core", "secondround.services", "secondround.web")))
print(json.dumps({"code": code, "out": out.getvalue(), "heavy": heavy}))
"""


def _fresh(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={"COLUMNS": "200", "PATH": ""},
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


@pytest.mark.parametrize("args", [["--version"], ["--help"], []])
def test_version_and_help_load_neither_the_core_nor_django(args: list[str]) -> None:
    result = _fresh(*args)
    assert result["heavy"] == []
    if args == ["--version"]:
        assert result["out"].startswith("secondround ")


def test_the_help_lists_every_command_with_its_summary() -> None:
    out = _fresh("--help")["out"]
    for name, entry in COMMANDS.items():
        assert name in out
        assert entry.summary.replace("[bold]", "").replace("[/]", "")[:40] in out


def test_one_command_loads_only_its_own_module() -> None:
    result = _fresh("job", "--help")
    assert "Read a job advert." in result["out"]
    assert "secondround.services.practice" not in result["heavy"]
    assert all(not m.startswith("secondround.web") for m in result["heavy"])


def test_the_table_lists_every_command_with_the_first_line_of_its_help() -> None:
    _register()
    group = typer.main.get_command(app)
    commands = group.commands  # type: ignore[attr-defined]
    assert sorted(commands) == sorted(COMMANDS)
    for name, command in commands.items():
        assert command.get_short_help_str(limit=1000) == COMMANDS[name].summary, name


def test_a_mistyped_command_is_refused_with_a_suggestion(
    script: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    done = script("intervew", "list")
    assert done.returncode == 2
    assert "Did you mean 'interview'" in done.stderr


def test_every_module_that_defines_commands_is_in_the_table() -> None:
    # A module left out of the table would never be imported, and its commands never offered.
    folder = Path(secondround.cli.__file__ or "").parent
    defining = {
        f"secondround.cli.{path.stem}"
        for path in folder.glob("*.py")
        if re.search(r"@app\.command|app\.add_typer", path.read_text(encoding="utf-8"))
    }
    assert defining, "no command module found"
    assert defining <= {entry.module for entry in COMMANDS.values()}
