"""`secondround serve` keeps its sessions to itself: a random loopback address, a cookie name per
port, a fresh signing key per run, and no run at all in a mode it does not know."""

from __future__ import annotations

import http.cookiejar
import ipaddress
import os
import re
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from secondround.cli.exit_codes import ExitStatus

SCRIPT = str(Path(sys.executable).parent / "secondround")


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "SECONDROUND_HOME": str(home), **extra}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("SECONDROUND_DATABASE_URL", None)  # a throw-away SQLite database in home
    return env


@contextmanager
def serving(home: Path, *args: str) -> Iterator[str]:
    process = subprocess.Popen(
        [SCRIPT, "serve", "--port", "0", "--no-browser", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(home),
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


def _open(url: str, cookie: str | None = None) -> int:
    request = urllib.request.Request(url)
    if cookie:
        request.add_header("Cookie", cookie)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def _sign_in(link: str) -> tuple[str, str]:
    """Open the link as a browser would; return the base address and the Cookie header."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(link, timeout=20) as response:
        assert "Your interviews" in response.read().decode()
    cookies = "; ".join(f"{c.name}={c.value}" for c in jar)
    return link.split("?")[0], cookies


def test_a_cookie_from_an_earlier_run_reads_nothing_after_a_restart(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with serving(home, "--host", "127.0.0.1") as link:
        base, cookie = _sign_in(link)
        assert _open(base, cookie) == 200
    with serving(home, "--host", "127.0.0.1") as link:
        base = link.split("?")[0]
        # The same cookie, replayed against the new run, whatever port it got.
        name_free = re.sub(r"secondround_session_\d+", "secondround_session_X", cookie)
        port = base.rsplit(":", 1)[1].rstrip("/")
        replayed = name_free.replace("secondround_session_X", f"secondround_session_{port}")
        assert _open(base, replayed) == 403


def test_serve_names_its_cookie_after_its_port(tmp_path: Path) -> None:
    with serving(tmp_path / "home") as link:
        _, cookie = _sign_in(link)
        port = link.split("?")[0].rsplit(":", 1)[1].rstrip("/")
    assert f"secondround_session_{port}=" in cookie


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="127.0.0.0/8 is Linux's")
def test_serve_picks_a_random_loopback_address_other_than_127_0_0_1(tmp_path: Path) -> None:
    with serving(tmp_path / "home") as link:
        host = link.split("//")[1].split(":")[0]
        assert ipaddress.ip_address(host).is_loopback
        assert host != "127.0.0.1"
        # The same port on 127.0.0.1 is not this server.
        port = link.split("?")[0].rsplit(":", 1)[1].rstrip("/")
        with pytest.raises(urllib.error.URLError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)


@pytest.mark.parametrize("mode", ["lcoal", "hosted", "public"])
def test_serve_refuses_a_mode_it_does_not_know(tmp_path: Path, mode: str) -> None:
    result = subprocess.run(
        [SCRIPT, "serve", "--port", "0", "--no-browser"],
        capture_output=True,
        text=True,
        env=_env(tmp_path / "home", SECONDROUND_MODE=mode),
        timeout=60,
    )
    assert result.returncode == ExitStatus.BAD_INPUT
    assert f"SECONDROUND_MODE={mode}" in result.stderr.replace("'", "")
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_serve_clears_expired_sessions_when_it_starts(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with serving(home, "--host", "127.0.0.1") as link:
        _sign_in(link)
    with sqlite3.connect(home / "secondround.sqlite3") as db:
        db.execute("UPDATE django_session SET expire_date = '2000-01-01 00:00:00'")
    with serving(home, "--host", "127.0.0.1"), sqlite3.connect(home / "secondround.sqlite3") as db:
        left = db.execute("SELECT count(*) FROM django_session").fetchone()[0]
    assert left == 0


def test_serve_answers_only_to_its_own_address_not_the_test_clients_name(tmp_path: Path) -> None:
    with serving(tmp_path / "home") as link:
        request = urllib.request.Request(link, headers={"Host": "testserver"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=20)
        assert refused.value.code == 400
