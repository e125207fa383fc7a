"""README's table of exit statuses is the enum the command line exits with, and nothing else."""

from __future__ import annotations

import re
from pathlib import Path

from secondround.cli.errors import EXIT_STATUSES, exit_status
from secondround.cli.exit_codes import ExitStatus
from secondround.core.errors import UserError

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_lists_every_exit_status_with_its_name() -> None:
    rows = re.findall(r"^\| (\d+) \| `([A-Z_]+)` \| (.+) \|$", README.read_text("utf-8"), re.M)
    assert {int(code): name for code, name, _ in rows} == {s.value: s.name for s in ExitStatus}
    assert all(when.strip() for _, _, when in rows)


def test_every_user_error_maps_to_a_status() -> None:
    assert EXIT_STATUSES[-1] == (UserError, ExitStatus.BAD_INPUT)
    for kind, status in EXIT_STATUSES:
        assert exit_status(kind("One sentence.")) == status
