from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from secondround.cli.exit_codes import ExitStatus

SCRIPT = str(Path(sys.executable).parent / "secondround")


def _env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "SECONDROUND_HOME": str(tmp_path / "home")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("SECONDROUND_DATABASE_URL", None)  # a throw-away SQLite database, as in conftest
    return env


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A real `secondround serve` on a free port; yields the link it printed."""
    process = subprocess.Popen(
        [SCRIPT, "serve", "--port", "0", "--no-browser"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(tmp_path),
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.search(r"(http://\S+token=\S+)", line)
        assert match, f"no link printed: {line!r}"
        yield match.group(1)
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_serve_listens_on_loopback_and_keeps_strangers_out(server: str) -> None:
    assert server.startswith("http://127.")
    base = server.split("?")[0]
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(base, timeout=10)
    assert refused.value.code == 403


def test_the_printed_link_opens_the_dashboard(server: str) -> None:
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    with opener.open(server, timeout=10) as response:
        page = response.read().decode()
    assert "Your interviews" in page


def test_serve_says_when_the_port_is_in_use(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [SCRIPT, "serve", "--host", "127.0.0.1", "--port", str(port), "--no-browser"],
            capture_output=True,
            text=True,
            env=_env(tmp_path),
            timeout=60,
        )
    assert result.returncode == ExitStatus.PORT_IN_USE
    assert f"Port {port} is already in use" in result.stderr
    assert "Traceback" not in result.stderr
