"""Build the salary tables secondround ships from the official files in the shared data folder.

Run from the repository: `python scripts/build_salary_data.py`. It reads
`../shared/data/salary/oews_national_2024.csv` (BLS OEWS, May 2024, national) and
`../shared/data/salary/ashe_table14_2023p_annual_fulltime.csv` (ONS ASHE 2023 provisional, Table 14,
full-time gross annual pay) and writes into `src/secondround/data/salary/` the columns the program
uses: the occupation's code, title, group, employment, mean and the 10th, 25th, 50th, 75th and 90th
percentiles of annual pay, with the markers of the source (`#`, `*`, `x`, `:`) kept as they are.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data" / "salary"
TARGET = REPO / "src" / "secondround" / "data" / "salary"
sys.path.insert(0, str(REPO / "src"))

from secondround.core.salary.official import (  # noqa: E402
    parse_ashe_rows,
    parse_oews_rows,
    table_to_csv,
)


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def main() -> int:
    oews = parse_oews_rows(read_rows(SHARED / "oews_national_2024.csv"), "national_M2024_dl")
    ashe = parse_ashe_rows(
        read_rows(SHARED / "ashe_table14_2023p_annual_fulltime.csv"),
        "ashe_table14_2023p_annual_fulltime.csv",
    )
    for table, name in ((oews, "oews_national.csv"), (ashe, "ashe_table14.csv")):
        buffer = io.StringIO()
        buffer.write(table_to_csv(table))
        (TARGET / name).write_text(buffer.getvalue(), encoding="utf-8")
        print(f"{name}: {len(table.occupations)} occupations, {table.reference_label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
