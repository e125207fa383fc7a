"""The command line acts for local mode's one person: pointed at a hosted database it refuses in
one sentence instead of making a stray owner there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from secondround.cli.exit_codes import ExitStatus

SCRIPT = Path(sys.executable).parent / "secondround"


def test_a_command_in_hosted_mode_is_refused_in_one_sentence(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECONDROUND_")}
    env.update(
        {
            "SECONDROUND_HOME": str(tmp_path),
            "SECONDROUND_MODE": "hosted",
            "SECONDROUND_SECRET_KEY": "s" * 60,
            "SECONDROUND_ALLOWED_HOSTS": "prep.example.org",
        }
    )
    result = subprocess.run(
        [str(SCRIPT), "interview", "list"], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == ExitStatus.BAD_INPUT
    assert "each person uses the web pages" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
