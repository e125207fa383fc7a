"""Backups of hosted mode restore whole: make a database with an account and its interview,
`pg_dump` it as docs/hosting.md says, `pg_restore` into a new database, and compare every table.

Run: .venv/bin/python scripts/hosted_backup_check.py postgresql://user:pass@127.0.0.1/postgres
(.ci/run does, against its PostgreSQL). Throw-away databases are created and dropped.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

COUNT_ROWS = """
import django
django.setup()
from django.apps import apps
for model in sorted(apps.get_models(), key=lambda m: m._meta.label):
    print(model._meta.label, model._default_manager.count())
"""
SEED = """
import django
django.setup()
from allauth.account.models import EmailAddress
from django.contrib.auth.models import User
from secondround.interviews.models import Interview, Person
from secondround.services import sharing
from django.utils import timezone
user = User.objects.create_user("ada@example.org", "ada@example.org", "long passphrase 42")
EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
interview = Interview.objects.create(owner=user, company="Northwind", role="Planner")
Person.objects.create(interview=interview, name="Priya Shah", role="line_manager")
sharing.invite(user, interview, "reviewer", "coach@example.org", 7, timezone.now())
"""


def _django(env: dict[str, str], code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    ).stdout


def main(server: str) -> int:
    parts = urllib.parse.urlsplit(server)
    names = [f"secondround_backup_{secrets.token_hex(4)}" for _ in range(2)]
    urls = [urllib.parse.urlunsplit(parts._replace(path=f"/{n}")) for n in names]
    base = {k: v for k, v in os.environ.items() if not k.startswith("SECONDROUND_")}
    envs = [
        {
            **base,
            "DJANGO_SETTINGS_MODULE": "secondround.web.settings",
            "SECONDROUND_HOME": tempfile.mkdtemp(prefix="secondround-backup-"),
            "SECONDROUND_DATABASE_URL": url,
        }
        for url in urls
    ]
    dump = Path(tempfile.mkdtemp(prefix="secondround-dump-")) / "secondround.dump"
    try:
        for name in names:
            subprocess.run(["psql", server, "-qtAc", f"CREATE DATABASE {name}"], check=True)
        subprocess.run(
            [sys.executable, "-m", "django", "migrate", "--noinput"],
            env=envs[0], check=True, capture_output=True,
        )  # fmt: skip
        _django(envs[0], SEED)
        before = _django(envs[0], COUNT_ROWS)
        subprocess.run(["pg_dump", "--format=custom", f"--file={dump}", urls[0]], check=True)
        subprocess.run(["pg_restore", "--no-owner", f"--dbname={urls[1]}", str(dump)], check=True)
        after = _django(envs[1], COUNT_ROWS)
    finally:
        for name in names:
            subprocess.run(["psql", server, "-qtAc", f"DROP DATABASE IF EXISTS {name}"])
    if before != after or "interviews.Interview 1" not in after:
        print("the restored database differs from the backed-up one:")
        print(before, after, sep="\n---\n")
        return 1
    print(f"backup and restore: {len(before.splitlines())} tables, every row count the same")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
