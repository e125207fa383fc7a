"""Hosted settings: Django's deployment check is clean (HSTS, secure cookies, HTTPS behind a
proxy, CSP), and settings that cannot work stop the server in one sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

KEY = "k" * 20 + "Zq8-vR2_pL5xN7cT0mW4bY6hJ3fD9sA1gE"


def _django(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {
        key: value
        for key, value in os.environ.items()
        # The browser tests allow async-unsafe calls in this process; a server never does.
        if not key.startswith("SECONDROUND_")
        and key not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "secondround.web.settings",
            "SECONDROUND_HOME": str(tmp_path / "home"),
            **env,
        }
    )
    return subprocess.run(
        [sys.executable, "-m", "django", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
    )


def _hosted(**extra: str) -> dict[str, str]:
    return {
        "SECONDROUND_MODE": "hosted",
        "SECONDROUND_SECRET_KEY": KEY,
        "SECONDROUND_ALLOWED_HOSTS": "prep.example.org",
        **extra,
    }


def test_the_deployment_check_is_clean_with_hosted_settings(tmp_path: Path) -> None:
    result = _django(tmp_path, "check", "--deploy", "--fail-level", "WARNING", **_hosted())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_the_deployment_check_shows_what_local_mode_lacks(tmp_path: Path) -> None:
    # The same check fails on the local settings, so the clean result above means something.
    result = _django(tmp_path, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode != 0
    assert "SECURE_HSTS_SECONDS" in result.stdout + result.stderr


def test_hosted_mode_without_a_secret_key_stops_in_one_sentence(tmp_path: Path) -> None:
    result = _django(tmp_path, "check", **_hosted(SECONDROUND_SECRET_KEY=""))
    assert result.returncode == 1
    assert "needs SECONDROUND_SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr


def test_hosted_mode_without_host_names_stops_in_one_sentence(tmp_path: Path) -> None:
    result = _django(tmp_path, "check", **_hosted(SECONDROUND_ALLOWED_HOSTS=""))
    assert result.returncode == 1
    assert "needs SECONDROUND_ALLOWED_HOSTS" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_mode_stops_in_one_sentence(tmp_path: Path) -> None:
    result = _django(tmp_path, "check", SECONDROUND_MODE="hsoted")
    assert result.returncode == 1
    assert "SECONDROUND_MODE='hsoted' is not a mode" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_mail_port_stops_in_one_sentence(tmp_path: Path) -> None:
    result = _django(
        tmp_path,
        "check",
        **_hosted(SECONDROUND_EMAIL_HOST="smtp.example.org", SECONDROUND_EMAIL_PORT="smtp"),
    )
    assert result.returncode == 1
    assert "SECONDROUND_EMAIL_PORT" in result.stderr
    assert "Traceback" not in result.stderr
