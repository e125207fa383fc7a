"""The coach as the CLI tests read it: `coach - --json --question Q` through the entry point."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

Cli = Callable[..., Any]


def coach(cli: Cli, question: str, answer: str, kind: str | None = None) -> dict[str, Any]:
    """The coach's reading as `coach --json` prints it, once the command exited OK; with `kind`,
    also that the question was read as that kind."""
    code, out, err = cli("coach", "-", "--json", "--question", question, stdin=answer.encode())
    assert code == ExitStatus.OK, err
    data: dict[str, Any] = json.loads(out)
    if kind is not None:
        assert data["question_kind"]["kind"] == kind
    return data
