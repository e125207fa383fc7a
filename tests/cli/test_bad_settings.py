"""Settings from the environment that cannot work stop a command with one sentence and a named
status, before anything is created; the data folder and database file are kept private."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from secondround.cli.exit_codes import ExitStatus

SCRIPT = str(Path(sys.executable).parent / "secondround")


def _run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "SECONDROUND_HOME": str(tmp_path / "home"), **env}
    full.pop("DJANGO_SETTINGS_MODULE", None)
    if "SECONDROUND_DATABASE_URL" not in env:
        full.pop("SECONDROUND_DATABASE_URL", None)
    return subprocess.run([SCRIPT, *args], capture_output=True, text=True, env=full, timeout=120)


def _refused(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == ExitStatus.BAD_INPUT, result.stderr
    assert "Traceback" not in result.stderr
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2


def test_a_home_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    result = _run(tmp_path, "interview", "list", SECONDROUND_HOME=str(tmp_path / "afile"))
    _refused(result, "is a file, not a folder")


def test_a_home_that_cannot_be_created_is_refused(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    result = _run(tmp_path, "interview", "list", SECONDROUND_HOME=str(tmp_path / "afile" / "sub"))
    _refused(result, "Cannot create the data folder")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("mysql://u:p@h/db", "mysql:// is not supported"),
        ("not a url", "must start with sqlite:/// or postgresql://"),
        ("postgres://u:secret@host:notaport/db", "is not a valid postgres URL"),
        ("sqlite://", "in-memory SQLite database"),
        ("sqlite:///:memory:", "in-memory SQLite database"),
        ("postgresql://u:secret@host", "names no database"),
    ],
)
def test_a_malformed_or_memory_database_url_is_refused(
    tmp_path: Path, url: str, words: str
) -> None:
    result = _run(tmp_path, "interview", "list", SECONDROUND_DATABASE_URL=url)
    _refused(result, words)
    assert "secret" not in result.stderr


def test_a_database_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'nowhere' / 'db.sqlite3'}"
    result = _run(tmp_path, "interview", "list", SECONDROUND_DATABASE_URL=url)
    _refused(result, "does not exist; create it first")


def test_an_existing_home_keeps_the_permissions_the_user_gave_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    assert _run(tmp_path, "interview", "list").returncode == 0
    assert stat.S_IMODE(home.stat().st_mode) == 0o755
    # What secondround makes inside it is still private.
    assert stat.S_IMODE((home / "secondround.sqlite3").stat().st_mode) == 0o600


def test_a_new_home_is_made_private(tmp_path: Path) -> None:
    assert _run(tmp_path, "interview", "list").returncode == 0
    assert stat.S_IMODE((tmp_path / "home").stat().st_mode) == 0o700


def test_a_database_file_placed_elsewhere_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    url = f"sqlite:///{shared / 'mine.sqlite3'}"
    added = _run(
        tmp_path, "interview", "add", "--company", "Acme", "--role", "Analyst",
        SECONDROUND_DATABASE_URL=url,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    for path in shared.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
