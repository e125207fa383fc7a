"""How commands talk: Rich on stdout for people, JSON for scripts, one sentence on stderr."""

from __future__ import annotations

import json
from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from secondround.cli.exit_codes import ExitStatus

console = Console(highlight=False)
errors = Console(stderr=True, highlight=False)


def fail(message: str, status: ExitStatus) -> NoReturn:
    """Say what went wrong in one sentence and exit with a named status."""
    errors.print(f"[bold red]Error:[/] {escape(message)}", soft_wrap=True)
    raise typer.Exit(int(status))


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
