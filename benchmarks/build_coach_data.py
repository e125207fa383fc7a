"""Regenerate the coach's trimmed product list from the shared O*NET technology skills table.

Run from the repository: `python benchmarks/build_coach_data.py`. It reads
`../shared/data/onet/technology_skills.tsv` and writes
`src/secondround/data/coach/technology_products.txt`, one product name per line, plus the short
names people actually say ("Excel" for "Microsoft Excel") where the first word is a vendor.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO.parent / "shared" / "data" / "onet" / "technology_skills.tsv"
TARGET = REPO / "src" / "secondround" / "data" / "coach" / "technology_products.txt"

HEADER = """\
# Named software and tools, for the answer coach's specificity check.
# Source: O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training
# Administration (USDOL/ETA), used under CC BY 4.0; modified: product names only
# (generic category names dropped; vendor-less short names such as "Excel" added).
# Regenerate with: python benchmarks/build_coach_data.py
"""

# Vendors whose product is usually named without them ("I built it in Excel").
VENDORS = {
    "Adobe", "Apache", "Apple", "Atlassian", "Autodesk", "Amazon", "Google", "IBM", "Intuit",
    "Microsoft", "Oracle", "SAP", "Sage", "Salesforce", "ESRI", "Corel", "Siemens", "Epic",
}  # fmt: skip

# Product names that are everyday words or too short to mean a product on their own.
TOO_PLAIN = {
    "Go", "R", "C", "Word", "Access", "Project", "Office", "Forms", "Drive", "Analytics",
    "Director", "Publisher", "Pages", "Numbers", "Notes", "Mail", "Calendar", "Maps", "Photos",
    "Sheets", "Docs",
    "Slides", "Search", "Dynamics", "Server", "Cloud", "Query", "Reader", "Designer", "Developer",
    "Manager", "Studio", "Connect", "Live", "Works", "Money", "Health", "Plan", "Planner", "Lens",
    "Accounting", "Chef", "Clinical", "Database", "Maintenance", "Inventory", "Mechanical", "Blink",
    "Presentation", "Reports", "Paint", "Meet", "Exchange", "Checkout", "Compilers", "Debuggers",
    "Emulators", "Profilers", "Middleware", "Classroom", "Ads", "Google", "Rational", "Contribute",
    "Continuum", "Inventor", "Painter", "Presenter", "Diameter", "Cents", "Dig", "Flex", "Forth",
}  # fmt: skip


def is_generic(name: str) -> bool:
    """A category such as "Incident tracking software" rather than a product."""
    words = name.split()
    return len(words) > 1 and all(w[:1].islower() for w in words[1:] if w[:1].isalpha())


def products(rows: list[dict[str, str]]) -> list[str]:
    names: set[str] = set()
    for row in rows:
        name = row["Example"].strip()
        if not name or is_generic(name):
            continue
        names.add(name)
        words = name.split()
        if words[0] in VENDORS and len(words) > 1:
            short = " ".join(words[1:])
            if short.lower().endswith(" software"):
                short = short[: -len(" software")]
            names.add(short)
    return sorted(n for n in names if len(n) >= 3 and n not in TOO_PLAIN)


def main() -> int:
    if not SOURCE.is_file():
        print(f"{SOURCE} is missing; nothing to rebuild.")
        return 0
    with SOURCE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    names = products(rows)
    TARGET.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"Wrote {len(names)} product names to {TARGET.relative_to(REPO)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
