"""Regenerate the job reader's trimmed ESCO and O*NET files from the shared data folder.

Run from the repository: `python benchmarks/build_job_data.py`. It reads
`../shared/data/esco/transversal_skills_en.csv` and `../shared/data/onet/{occupation_data,
alternate_titles,work_styles}.tsv`, and writes into `src/secondround/data/jobs/`:

- `esco_transversal_skills.tsv`: the ESCO skills named in `esco_map.yaml`, labels only;
- `onet_occupations.tsv`: each occupation's code, title and the importance (1-5) of each of our
  competencies, converted with `onet_work_styles.yaml`;
- `onet_titles.tsv`: each occupation's code and its alternate titles, lower-cased.
"""

from __future__ import annotations

import csv
import re
import statistics
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
TARGET = REPO / "src" / "secondround" / "data" / "jobs"

ONET_CREDIT = (
    "# Source: O*NET 29.2 Database (February 2025) by the U.S. Department of Labor,\n"
    "# Employment and Training Administration (USDOL/ETA), used under CC BY 4.0; modified\n"
    "# (trimmed and mapped to secondround's competencies).\n"
    "# Regenerate with: python benchmarks/build_job_data.py\n"
)
ESCO_CREDIT = (
    "# Source: ESCO v1.2.0, European Commission (transversal skills and competences), reused with\n"
    "# acknowledgement under Commission Decision 2011/833/EU; trimmed to the skills listed in\n"
    "# esco_map.yaml, labels only. Regenerate with: python benchmarks/build_job_data.py\n"
)
# Alternate titles longer than this are descriptions rather than names an advert would use.
MAX_TITLE_WORDS = 7


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def build_esco() -> int:
    mapping = yaml.safe_load((TARGET / "esco_map.yaml").read_text(encoding="utf-8"))
    wanted = {label.strip() for labels in mapping["skills"].values() for label in labels}
    with (SHARED / "esco" / "transversal_skills_en.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    lines = [ESCO_CREDIT, "preferredLabel\taltLabels\n"]
    found = set()
    for row in rows:
        label = row["preferredLabel"].strip()
        if label not in wanted:
            continue
        found.add(label)
        alts = [a.strip() for a in re.split(r"[|\n]", row["altLabels"]) if a.strip()]
        lines.append(f"{label}\t{'|'.join(alts)}\n")
    missing = wanted - found
    if missing:
        raise SystemExit(f"esco_map.yaml names skills ESCO does not have: {sorted(missing)}")
    (TARGET / "esco_transversal_skills.tsv").write_text("".join(lines), encoding="utf-8")
    return len(found)


def build_occupations() -> int:
    onet = SHARED / "onet"
    styles = yaml.safe_load((TARGET / "onet_work_styles.yaml").read_text(encoding="utf-8"))
    style_keys: dict[str, str] = styles["styles"]
    keys = list(dict.fromkeys(style_keys.values()))
    ratings: dict[str, dict[str, float]] = {}
    for row in read_tsv(onet / "work_styles.tsv"):
        key = style_keys.get(row["Element Name"])
        if row["Scale ID"] != "IM" or key is None:
            continue
        per_key = ratings.setdefault(row["O*NET-SOC Code"], {})
        per_key[key] = max(per_key.get(key, 0.0), float(row["Data Value"]))
    occupations = read_tsv(onet / "occupation_data.tsv")
    lines = [ONET_CREDIT]
    lines.append(
        "# styles: own = rated for this occupation; group = the mean of its SOC group, because\n"
        "# O*NET has no work-style ratings for it.\n"
    )
    lines.append("\t".join(["code", "title", "styles", *keys]) + "\n")
    for occupation in occupations:
        code = occupation["O*NET-SOC Code"]
        own = ratings.get(code)
        values, source = (own, "own") if own else (_group_mean(code, ratings, keys), "group")
        cells = [f"{values[k]:.2f}" if k in values else "" for k in keys]
        lines.append("\t".join([code, occupation["Title"], source, *cells]) + "\n")
    (TARGET / "onet_occupations.tsv").write_text("".join(lines), encoding="utf-8")
    return len(occupations)


def _group_mean(
    code: str, ratings: dict[str, dict[str, float]], keys: list[str]
) -> dict[str, float]:
    # Narrowest SOC group first: broad (15-125), minor (15-12), major (15).
    for width in (6, 4, 2):
        peers = [r for c, r in ratings.items() if c[:width] == code[:width]]
        if peers:
            return {k: statistics.fmean(p[k] for p in peers if k in p) for k in keys}
    return {}


def build_titles() -> int:
    rows = read_tsv(SHARED / "onet" / "alternate_titles.tsv")
    by_code: dict[str, dict[str, None]] = {}
    for row in rows:
        titles = by_code.setdefault(row["O*NET-SOC Code"], {})
        for raw in (row["Alternate Title"], row["Short Title"]):
            # "Cardiac Care Unit Nurse (CCU Nurse)": the bracket repeats the short title.
            title = " ".join(re.sub(r"\([^)]*\)", " ", raw).split()).lower()
            if title and len(title.split()) <= MAX_TITLE_WORDS and "|" not in title:
                titles[title] = None
    lines = [ONET_CREDIT, "code\ttitles (separated by |)\n"]
    lines.extend(f"{code}\t{'|'.join(titles)}\n" for code, titles in by_code.items() if titles)
    (TARGET / "onet_titles.tsv").write_text("".join(lines), encoding="utf-8")
    return sum(len(t) for t in by_code.values())


def main() -> int:
    if not SHARED.is_dir():
        print(f"{SHARED} is missing; nothing to rebuild.")
        return 0
    print(f"ESCO skills: {build_esco()}")
    print(f"O*NET occupations: {build_occupations()}")
    print(f"O*NET alternate titles: {build_titles()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
