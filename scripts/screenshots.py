"""Refresh the README's pictures (docs/*.png) from the browser tests' screenshots.

The tests only ever write to test-artifacts/, so `make test` leaves the checkout clean; this
script runs the two tests that take the README's pictures and copies them into docs/.

    .venv/bin/python scripts/screenshots.py      (or: make screenshots)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
# Which test takes which README picture.
PICTURES = {
    "dashboard.png": "tests/browser/test_dashboard.py::"
    "test_it_creates_an_interview_from_the_dashboard_and_lists_it",
    "dry-run.png": "tests/browser/test_dry_run.py::"
    "test_a_three_question_dry_run_with_a_probe_and_the_report",
}


def main() -> int:
    for name in PICTURES:
        (ARTIFACTS / name).unlink(missing_ok=True)
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *PICTURES.values()],
        cwd=ROOT,
    )
    if tests.returncode != 0:
        print("The browser tests failed; docs/ is unchanged.", file=sys.stderr)
        return tests.returncode
    for name in PICTURES:
        shot = ARTIFACTS / name
        if not shot.is_file():
            print(f"The tests wrote no {shot}; docs/ is unchanged.", file=sys.stderr)
            return 1
    for name in PICTURES:
        shutil.copyfile(ARTIFACTS / name, ROOT / "docs" / name)
        print(f"docs/{name} refreshed.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
