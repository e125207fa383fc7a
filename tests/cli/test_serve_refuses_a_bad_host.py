"""`secondround serve --host` with something that is no address or host name: one sentence and
the usage status, never waitress's traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from secondround.cli.exit_codes import ExitStatus

SCRIPT = str(Path(sys.executable).parent / "secondround")


def test_serve_refuses_a_host_that_is_not_an_address(tmp_path: Path) -> None:
    env = {**os.environ, "SECONDROUND_HOME": str(tmp_path / "home"), "NO_COLOR": "1"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("SECONDROUND_DATABASE_URL", None)
    done = subprocess.run(
        [SCRIPT, "serve", "--host", "<script>alert(1)</script>", "--port", "0", "--no-browser"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == ExitStatus.USAGE
    assert "Traceback" not in done.stdout + done.stderr
    assert "is not an address or a host name" in done.stderr
    assert "<script>alert(1)</script>" in done.stderr  # shown as typed, as plain text
