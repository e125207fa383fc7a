"""Run the command line in-process with bytes on stdin, as a pipe would give them."""

from __future__ import annotations

import io

import pytest

from secondround.cli.app import main


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: bytes | None = None,
) -> tuple[int, str, str]:
    """The exit code, stdout and stderr of `secondround ARGS`, fed `stdin` when given."""
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err
