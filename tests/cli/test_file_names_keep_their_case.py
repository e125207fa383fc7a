"""A refusal that starts with a file name writes the name as given, capitals and all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus


@pytest.mark.parametrize(
    ("content", "said"),
    [(b"", "is empty"), (b"\xff\xfe\x00bad", "is binary"), (b"caf\xe9 notes", "is not UTF-8")],
)
def test_the_file_name_keeps_its_case(
    cli: Callable[..., Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: bytes,
    said: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "Notes").mkdir()
    (tmp_path / "Notes" / "Round-One.TXT").write_bytes(content)
    result = cli("debrief", "Notes/Round-One.TXT")
    assert result.code == ExitStatus.BAD_INPUT
    assert f"Notes/Round-One.TXT {said}" in " ".join(result.err.split())
