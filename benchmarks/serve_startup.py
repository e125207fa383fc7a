"""How quickly `secondround serve` answers its first request, and how much memory it holds idle.

Bars (DESIGN.md): ready in under 3 s; resident memory under 300 MB without the speech models.
Run: .venv/bin/python benchmarks/serve_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import http.cookiejar
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

SCRIPT = Path(sys.executable).parent / "secondround"


def rss_mb(pid: int) -> float:
    """Resident memory of a process, from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def one_run(home: Path) -> tuple[float, float]:
    env = {**os.environ, "SECONDROUND_HOME": str(home)}
    env.pop("SECONDROUND_DATABASE_URL", None)  # never the user's own database
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(SCRIPT), "serve", "--port", "0", "--no-browser"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.search(r"(http://\S+token=\S+)", line)
        if not match:
            raise SystemExit(f"serve printed no link: {line!r}")
        opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        with opener.open(match.group(1), timeout=30) as response:
            response.read()
        ready = time.perf_counter() - started
        # A few page loads, then let it sit, as a user reading the dashboard would.
        for _ in range(5):
            with opener.open(match.group(1).split("?")[0], timeout=30) as response:
                response.read()
        time.sleep(3.0)  # past the background warm-up, so its data counts
        return ready, rss_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        # The first run creates and migrates the database; later runs are ordinary starts.
        first_ready, first_rss = one_run(home)
        runs = [one_run(home) for _ in range(args.runs)]
    readies = [r for r, _ in runs]
    rsses = [m for _, m in runs]
    print(
        f"first start (new database, migrations): ready in {first_ready:.2f} s, {first_rss:.0f} MB"
    )
    print(
        f"later starts ({args.runs} runs): ready median {statistics.median(readies):.2f} s, "
        f"max {max(readies):.2f} s (bar: < 3 s)"
    )
    print(
        f"idle resident memory: median {statistics.median(rsses):.0f} MB, max {max(rsses):.0f} MB"
        " (bar: < 300 MB)"
    )


if __name__ == "__main__":
    main()
