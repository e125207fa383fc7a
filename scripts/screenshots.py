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
# Which test takes which README picture: docs/ name -> (test, the screenshot it writes).
PICTURES = {
    "dashboard.png": (
        "tests/browser/test_dashboard.py::"
        "test_it_creates_an_interview_from_the_dashboard_and_lists_it",
        "dashboard.png",
    ),
    "dry-run.png": (
        "tests/browser/test_dry_run.py::test_a_three_question_dry_run_with_a_probe_and_the_report",
        "dry-run.png",
    ),
    "salary.png": ("tests/browser/test_ask_and_salary.py", "salary-market.png"),
}


def main() -> int:
    for _, shot in PICTURES.values():
        (ARTIFACTS / shot).unlink(missing_ok=True)
    tests = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            *sorted({test for test, _ in PICTURES.values()}),
        ],
        cwd=ROOT,
    )
    if tests.returncode != 0:
        print("The browser tests failed; docs/ is unchanged.", file=sys.stderr)
        return tests.returncode
    for _, shot in PICTURES.values():
        if not (ARTIFACTS / shot).is_file():
            print(f"The tests wrote no {ARTIFACTS / shot}; docs/ is unchanged.", file=sys.stderr)
            return 1
    for name, (_, shot) in PICTURES.items():
        shutil.copyfile(ARTIFACTS / shot, ROOT / "docs" / name)
        print(f"docs/{name} refreshed.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
