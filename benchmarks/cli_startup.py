"""How long `secondround --version`, `--help` and a command's own `--help` take to start.

    .venv/bin/python benchmarks/cli_startup.py [--runs 10]

Runs the installed script in a fresh process each time and reports the median wall time, and
how many modules of the core, the services and Django each one imported (none is the aim for
`--version` and `--help`: a command's module is loaded only when that command runs).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCRIPT = Path(sys.executable).parent / "secondround"
CASES = (["--version"], ["--help"], ["job", "--help"], ["interview", "--help"])
HEAVY = ("django", "secondround.core", "secondround.services", "secondround.web")


def heavy_imports(args: list[str], env: dict[str, str]) -> int:
    """Modules of the core, services or Django the command imported (from -X importtime)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    names = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()]
    return sum(1 for name in names if name.split(".")[0] == "django" or name.startswith(HEAVY))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "SECONDROUND_HOME": home, "COLUMNS": "100"}
        env.pop("SECONDROUND_DATABASE_URL", None)
        for case in CASES:
            times = []
            for _ in range(args.runs):
                started = time.perf_counter()
                subprocess.run([str(SCRIPT), *case], capture_output=True, env=env, check=True)
                times.append((time.perf_counter() - started) * 1000)
            print(
                f"secondround {' '.join(case):18} median {statistics.median(times):6.0f} ms, "
                f"{heavy_imports(case, env):4d} core/services/Django modules imported"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
