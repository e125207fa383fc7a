"""A damaged data file inside the package stops a command with one sentence, not a traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus
from secondround.core.datafiles import read_yaml
from secondround.core.jobs.data import JobsDataError


def _reader_with_a_missing_file(text: str, title: str | None = None) -> Any:
    # The real reader of the package's data files, asked for a file that is not there.
    return read_yaml("jobs", "missing-triggers.yaml", JobsDataError, version=1)


@pytest.fixture
def advert(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr("secondround.cli.jobs.analyse_job", _reader_with_a_missing_file)
    path = tmp_path / "advert.txt"
    path.write_text("We need a team leader who plans the work.", encoding="utf-8")
    return path


def test_it_names_the_file_in_one_sentence_and_exits_with_error(
    cli: Callable[..., Any], advert: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SECONDROUND_DEBUG", raising=False)
    result = cli("job", "analyse", str(advert))
    assert result.code == ExitStatus.ERROR
    assert "Traceback" not in result.err
    assert "jobs/missing-triggers.yaml cannot be read" in " ".join(result.err.split())
    assert len(result.err.strip().splitlines()) <= 3  # one sentence, wrapped at most


def test_debug_shows_the_traceback(
    cli: Callable[..., Any], advert: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECONDROUND_DEBUG", "1")
    with pytest.raises(JobsDataError, match=r"missing-triggers\.yaml"):
        cli("job", "analyse", str(advert))
