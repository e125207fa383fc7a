"""Commands that read a text from a FILE or stdin (`coach`, `job analyse`, `debrief`) share one
reader (`cli/inputs.py`); each command is checked to refuse bad input in one clear sentence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus

READERS = [("coach",), ("job", "analyse"), ("debrief",)]
BAD_STDIN = [
    (b"", "empty"),
    (b"  ?!  ... --- ", "no words"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"\xff\xfe\xfa caf\xe9", "UTF-8"),
    (b"- asked about my budget, we need a team player\n" * 12_000, "too long"),
]


@pytest.mark.parametrize("command", READERS[1:], ids=" ".join)
@pytest.mark.parametrize(("stdin", "words"), BAD_STDIN, ids=[w for _, w in BAD_STDIN])
def test_bad_stdin_gets_one_clear_sentence(
    cli: Callable[..., Any], command: tuple[str, ...], stdin: bytes, words: str
) -> None:
    code, out, err = cli(*command, "-", stdin=stdin)
    assert code == ExitStatus.BAD_INPUT
    assert words in err
    assert out == ""
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) <= 2


@pytest.mark.parametrize("command", READERS, ids=" ".join)
def test_a_missing_file_is_not_found(
    cli: Callable[..., Any], command: tuple[str, ...], tmp_path: Path
) -> None:
    code, _, err = cli(*command, str(tmp_path / "nope.txt"))
    assert code == ExitStatus.NOT_FOUND
    assert "does not exist" in err


@pytest.mark.parametrize("command", READERS, ids=" ".join)
def test_a_folder_is_refused(
    cli: Callable[..., Any], command: tuple[str, ...], tmp_path: Path
) -> None:
    code, _, err = cli(*command, str(tmp_path))
    assert code == ExitStatus.BAD_INPUT
    assert "folder" in err
