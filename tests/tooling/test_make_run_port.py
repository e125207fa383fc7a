"""`make run PORT=…` starts the server on that port; without PORT it keeps serve's default."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _commands(*args: str) -> str:
    make = shutil.which("make")
    if make is None:
        pytest.fail("make is not installed; the README's set-up needs it.")
    # -n prints what would run without running any of it.
    done = subprocess.run(
        [make, "-n", "run", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_make_run_passes_the_port_to_serve() -> None:
    assert "secondround serve --port 8123" in _commands("PORT=8123")


def test_make_run_without_a_port_uses_serves_default() -> None:
    serve = [line for line in _commands().splitlines() if "secondround serve" in line]
    assert serve and "--port" not in serve[-1]
