"""How commands talk: Rich on stdout for people, JSON for scripts, one sentence on stderr.

Anything a person typed (company names, notes, answers, file names) may hold Rich markup such as
`[/]` or terminal escape codes; it goes through `safe` (for markup strings) or `plain` (for Text
objects and prompts) before it is printed.
"""

from __future__ import annotations

import json
import re
from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from secondround.cli.exit_codes import ExitStatus
from secondround.core.errors import UserError

console = Console(highlight=False)
errors = Console(stderr=True, highlight=False)

# ANSI/VT sequences (CSI, OSC, and other ESC-introduced ones, 7-bit and 8-bit), then any other
# control character but newline and tab.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, screen clears
    r"|(?:\x1b[\]PX^_]|[\x90\x9d\x98\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS…
    r"|\x1b[ -/]*[0-~]?"  # any other escape
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(value: object) -> str:
    """The text with terminal escape sequences and control characters removed."""
    text = str(value)
    return _CONTROLS.sub("", _ESCAPES.sub("", text.replace("\r\n", "\n")))


def safe(value: object) -> str:
    """User text ready to sit inside a Rich markup string: escapes removed, markup escaped."""
    return escape(plain(value))


class CommandError(UserError):
    """A refusal found by the command line itself, carrying the exit status it ends with."""

    def __init__(self, message: str, status: ExitStatus) -> None:
        super().__init__(message)
        self.status = status


def fail(message: str, status: ExitStatus) -> NoReturn:
    """Refuse in one sentence with a named status; `main` prints it and exits."""
    raise CommandError(message, status)


def say_error(message: str) -> None:
    """Print one sentence of refusal on stderr, the only way errors reach a person."""
    errors.print(f"[bold red]Error:[/] {safe(message)}", soft_wrap=True)


def print_json(data: Any) -> None:
    # json.dumps writes C0 controls as \u escapes but keeps C1 ones (such as U+009B, a CSI on
    # some terminals) as they are, so those are escaped here too.
    text = json.dumps(data, indent=2, ensure_ascii=False)
    typer.echo(re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text))
