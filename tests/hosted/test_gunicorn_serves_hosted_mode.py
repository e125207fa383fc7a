"""The deployment as docs/hosting.md describes it: gunicorn with deploy/gunicorn.conf.py and the
hosted settings, several worker processes, HTTPS told by the proxy, static files by whitenoise."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEY = "Zq8-vR2_pL5xN7cT0mW4bY6hJ3fD9sA1gE" + "x" * 30


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str, proto: str = "https") -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(
        url, headers={"Host": "prep.example.org", "X-Forwarded-Proto": proto}
    )

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=20) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_gunicorn_serves_the_hosted_site_from_two_workers(tmp_path: Path) -> None:
    port = _free_port()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SECONDROUND_") and k != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "secondround.web.settings",
            "SECONDROUND_MODE": "hosted",
            "SECONDROUND_HOME": str(tmp_path),
            "SECONDROUND_SECRET_KEY": KEY,
            "SECONDROUND_ALLOWED_HOSTS": "prep.example.org",
            "SECONDROUND_BIND": f"127.0.0.1:{port}",
            "SECONDROUND_WORKERS": "2",
        }
    )
    # A throw-away SQLite file, never the database the suite was given: this checks the web
    # tier's set-up; benchmarks/hosted_load.py runs the same tier on PostgreSQL.
    for step in (["migrate", "--noinput"], ["createcachetable"]):
        subprocess.run(
            [sys.executable, "-m", "django", *step],
            env=env,
            check=True,
            capture_output=True,
            timeout=300,
        )
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [str(gunicorn), "--config", str(ROOT / "deploy" / "gunicorn.conf.py")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        status, headers, body = _get(f"{base}/accounts/login/")
        assert status == 200, body[:500]
        assert "max-age=31536000" in headers["Strict-Transport-Security"]
        assert "default-src 'none'" in headers["Content-Security-Policy"]
        assert b"Sign In" in body
        # Pages need an account; plain HTTP is sent to HTTPS.
        assert _get(f"{base}/")[0] == 302
        assert _get(f"{base}/accounts/login/", proto="http")[1]["Location"].startswith("https://")
        status, _, css = _get(f"{base}/static/secondround/app.css")
        assert status == 200 and len(css) > 1000
    finally:
        server.terminate()
        server.wait(timeout=30)
