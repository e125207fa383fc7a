"""What keeping the database connection between requests saves, per request.

    .venv/bin/python benchmarks/connection_reuse.py [--requests 300]

Drives Django's WSGI handler in-process (as serve's worker threads do) on a throw-away SQLite
database, signed in, loading the dashboard of one interview: once with the connection kept
between requests (the settings' CONN_MAX_AGE) and once closed after each (CONN_MAX_AGE = 0).
Reports the median time per request and the connections opened.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import tempfile
import time
from typing import Any


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["SECONDROUND_HOME"] = home
        os.environ.pop("SECONDROUND_DATABASE_URL", None)
        from secondround.cli.django_setup import setup_django

        setup_django()
        from django.conf import settings
        from django.db import connection
        from django.db.backends.signals import connection_created

        from secondround.interviews.models import Interview
        from secondround.services.users import local_user
        from secondround.web.wsgi import application

        Interview.objects.create(owner=local_user(), company="Northwind", role="Analyst")
        settings.SECONDROUND_ACCESS_TOKEN = "bench"
        settings.ALLOWED_HOSTS = ["testserver"]
        opened = [0]
        connection_created.connect(lambda **_: opened.__setitem__(0, opened[0] + 1), weak=False)
        cookie = ""

        def request(query: str = "") -> Any:
            nonlocal cookie
            headers: list[tuple[str, str]] = []
            environ = {
                "REQUEST_METHOD": "GET",
                "PATH_INFO": "/",
                "QUERY_STRING": query,
                "SERVER_NAME": "testserver",
                "SERVER_PORT": "80",
                "HTTP_COOKIE": cookie,
                "wsgi.input": io.BytesIO(),
                "wsgi.url_scheme": "http",
                "wsgi.errors": io.StringIO(),
            }
            response = application(environ, lambda status, h: headers.extend(h))
            b"".join(response)
            response.close()
            for name, value in headers:
                if name == "Set-Cookie":
                    cookie = value.split(";")[0]

        request("token=bench")
        for label, max_age in (("kept (CONN_MAX_AGE 60)", 60), ("closed (CONN_MAX_AGE 0)", 0)):
            connection.close()
            connection.settings_dict["CONN_MAX_AGE"] = max_age
            opened[0] = 0
            times = []
            for _ in range(args.requests):
                started = time.perf_counter()
                request()
                times.append((time.perf_counter() - started) * 1000)
            print(
                f"connection {label:24} median {statistics.median(times):6.2f} ms per request, "
                f"{opened[0]} connections opened for {args.requests} requests"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
