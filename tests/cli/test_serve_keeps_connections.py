"""The web app keeps its database connection between requests instead of one per page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Runs in a fresh interpreter with the real settings (not the test suite's in-memory database,
# whose connections are never closed), driving Django's WSGI handler as serve's server does.
PROBE = """
import io
from secondround.cli.django_setup import setup_django
setup_django()
from django.conf import settings
from django.db import connection
from secondround.web.wsgi import application

settings.SECONDROUND_ACCESS_TOKEN = "probe"
settings.ALLOWED_HOSTS = ["testserver"]
seen = []
for _ in range(3):
    environ = {
        "REQUEST_METHOD": "GET", "PATH_INFO": "/", "QUERY_STRING": "token=probe",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "wsgi.input": io.BytesIO(),
        "wsgi.url_scheme": "http", "wsgi.errors": io.StringIO(),
    }
    response = application(environ, lambda status, headers: None)
    b"".join(response)
    response.close()  # the server closes the response: Django's request_finished
    seen.append(id(connection.connection) if connection.connection is not None else None)
print(seen)
"""


def test_one_connection_serves_request_after_request(tmp_path: Path) -> None:
    env = {**os.environ, "SECONDROUND_HOME": str(tmp_path / "home")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("SECONDROUND_DATABASE_URL", None)  # a throw-away SQLite database
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    seen = done.stdout.strip().splitlines()[-1]
    ids = [part.strip() for part in seen.strip("[]").split(",")]
    assert "None" not in ids, "the connection was closed after a request"
    assert len(set(ids)) == 1, "each request opened a connection of its own"
