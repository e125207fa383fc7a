"""A save made while another program holds SQLite's write lock (a big import, say) waits for it
instead of failing with "database is locked"."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

# Longer than the 5 s SQLite waits by default even after a slow start of the command (which
# does not wait until it writes), well inside the 30 s secondround waits.
HOLD_S = 12.0


def test_a_save_waits_for_another_writer_instead_of_failing(
    script: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    assert script("interview", "list").returncode == 0  # creates the database
    holder = sqlite3.connect(
        tmp_path / "home" / "secondround.sqlite3", isolation_level=None, check_same_thread=False
    )
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(HOLD_S, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        added = script("interview", "add", "--company", "Acme", "--role", "Analyst", "--json")
    finally:
        release.join()
        holder.close()
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["company"] == "Acme"
    assert "Traceback" not in added.stderr
