"""`secondround export` streams the same file it always wrote, keeps it private, and says so in
one sentence when the target cannot be written."""

from __future__ import annotations

import io
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User

from secondround.cli.exit_codes import ExitStatus
from secondround.interviews.models import Interview
from secondround.practice.models import FriendMark
from secondround.services import practice
from secondround.services.exchange import dumps, export_data, write_export


@pytest.fixture
def workspace(user: User) -> None:
    for n in range(3):
        interview = Interview.objects.create(
            owner=user, company=f"Acme {n}", role="Analyst", notes="- asked about budgets"
        )
        interview.people.create(name=f"Ann {n}", role="hr")
    session = practice.start_session(user, interview, 3)
    practice.record_answer(session, 0, False, "I ran the budget review and cut costs by 8%.", 40)
    FriendMark.objects.create(session=session, position=0, rating=4, comment="Say “I”, not we.")


def _without_time(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if '"exported_at"' not in line)


def test_the_streamed_export_is_the_json_the_whole_export_was(user: User, workspace: None) -> None:
    out = io.StringIO()
    assert write_export(user, out) == 3
    assert _without_time(out.getvalue()) == _without_time(dumps(export_data(user)))
    assert json.loads(out.getvalue())["practice_sessions"][0]["marks"][0]["rating"] == 4


def test_an_empty_workspace_streams_valid_json(user: User) -> None:
    out = io.StringIO()
    write_export(user, out)
    assert json.loads(out.getvalue())["interviews"] == []
    assert _without_time(out.getvalue()) == _without_time(dumps(export_data(user)))


def test_the_backup_is_readable_by_its_owner_only(
    cli: Callable[..., Any], tmp_path: Path, workspace: None
) -> None:
    target = tmp_path / "backup.json"
    result = cli("export", str(target))
    assert result.code == 0, result.err
    assert "Exported 3 interview(s)" in result.out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.skipif(not os.path.isdir("/sys"), reason="needs a folder nobody may write to")
def test_an_unwritable_target_is_refused_in_one_sentence(
    cli: Callable[..., Any], workspace: None
) -> None:
    result = cli("export", "/sys/secondround-backup.json")
    assert result.code == ExitStatus.BAD_INPUT
    assert "Cannot write /sys/secondround-backup.json: Permission denied." in result.err
    assert "Traceback" not in result.err
