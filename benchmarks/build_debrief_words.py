"""Regenerate the debrief reader's list of ordinary English words from the shared O*NET files.

Run from the repository: `python benchmarks/build_debrief_words.py`. It reads
`../shared/data/onet/{occupation_data,content_model_reference}.tsv` and SCOWL's American English
list as Debian ships it (`apt-get install wamerican`: /usr/share/dict/american-english), and
writes `src/secondround/data/debrief/common_words.txt` and `name_words.txt`, one word a line:

- every lower-case SCOWL word, except those also listed with a capital ("mike"/"Mike",
  "grace"/"Grace"), since those may be names: they go to name_words.txt;
- every word of O*NET's occupation titles and descriptions and of its content model, with the
  same exception.

The SCOWL copyright notice is kept beside it as LICENSE-scowl.txt, as its licence asks.

Notes are often typed in lower case ("w/ priya (would be my mgr)"), so a name cannot be told by
its capital; a word in a person's place that is none of these ordinary words is read as a name.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data" / "onet"
TARGET = REPO / "src" / "secondround" / "data" / "debrief" / "common_words.txt"
SCOWL = Path("/usr/share/dict/american-english")
SCOWL_COPYRIGHT = Path("/usr/share/doc/wamerican/copyright")
CREDIT = (
    "# Ordinary English words, to tell a name typed in lower case from a word. Sources:\n"
    "# SCOWL (Spell Checker Oriented Word Lists), Copyright 2000-2011 by Kevin Atkinson, as\n"
    "# packaged by Debian (wamerican), see LICENSE-scowl.txt: its lower-case words without a\n"
    "# capitalised twin; and the words of the O*NET 29.2 Database (February 2025) by the U.S.\n"
    "# Department of Labor, Employment and Training Administration (USDOL/ETA), used under\n"
    "# CC BY 4.0; modified (words only, lower-cased, de-duplicated, sorted).\n"
    "# Regenerate: python benchmarks/build_debrief_words.py\n"
)
_WORD = re.compile(r"[a-z]{2,}")


def words_of(path: Path, columns: tuple[int, ...]) -> set[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))[1:]
    return {w for row in rows for col in columns for w in _WORD.findall(row[col].lower())}


def main() -> int:
    if not SCOWL.exists():
        print(f"{SCOWL} is missing: apt-get install wamerican", file=sys.stderr)
        return 1
    listed = [w.strip() for w in SCOWL.read_text(encoding="utf-8").splitlines()]
    listed = [w for w in listed if w and w.isalpha() and w.isascii()]
    capitalised = {w.lower() for w in listed if w[0].isupper()}
    lower = {w for w in listed if w.islower()}
    words = lower - capitalised
    onet = words_of(SHARED / "occupation_data.tsv", (1, 2))
    onet |= words_of(SHARED / "content_model_reference.tsv", (1, 2))
    words |= onet - capitalised
    # Ordinary words that are names too ("mike", "grace", "strong"): words, unless placed as a name.
    both = (lower | onet) & capitalised
    (TARGET.parent / "name_words.txt").write_text(
        CREDIT.replace("Ordinary English words,", "Ordinary English words that are names too,")
        + "\n".join(sorted(both))
        + "\n",
        encoding="utf-8",
    )
    (TARGET.parent / "LICENSE-scowl.txt").write_text(
        SCOWL_COPYRIGHT.read_text(encoding="utf-8"), encoding="utf-8"
    )
    TARGET.write_text(CREDIT + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {TARGET.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
