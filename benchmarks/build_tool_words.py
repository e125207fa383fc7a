"""Regenerate the job reader's list of proper nouns (places, people, peoples, months) from SCOWL.

Run from the repository: `python benchmarks/build_tool_words.py`. It reads SCOWL's American
English list as Debian ships it (`apt-get install wamerican`: /usr/share/dict/american-english)
and writes `src/secondround/data/jobs/proper_nouns.txt`: every capitalised entry with no
possessive, one a line. The SCOWL notice is kept at data/debrief/LICENSE-scowl.txt.

Most of these are places and people's names ("Chester", "Osaka", "Houston"), a few are brands
("Nokia", "Xerox"): the tool model (core/jobs/tool_model.py) weighs "a proper noun SCOWL knows"
as one feature among others, learnt from the dev adverts, never as a verdict.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET = REPO / "src" / "secondround" / "data" / "jobs" / "proper_nouns.txt"
SCOWL = Path("/usr/share/dict/american-english")
CREDIT = (
    "# Proper nouns (places, people's names, peoples, months and a few brands), to weigh a\n"
    "# capitalised name in an advert. Source: SCOWL (Spell Checker Oriented Word Lists),\n"
    "# Copyright 2000-2011 by Kevin Atkinson, as packaged by Debian (wamerican 2020.12.07), see\n"
    "# data/debrief/LICENSE-scowl.txt; modified (capitalised entries only, no possessives).\n"
    "# Regenerate: python benchmarks/build_tool_words.py\n"
)
_PROPER = re.compile(r"[A-Z][a-z]+")


def main() -> int:
    if not SCOWL.exists():
        print(f"{SCOWL} is missing: apt-get install wamerican", file=sys.stderr)
        return 1
    words = sorted({w for w in SCOWL.read_text(encoding="utf-8").split() if _PROPER.fullmatch(w)})
    TARGET.write_text(CREDIT + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {TARGET.relative_to(REPO)}: {len(words)} proper nouns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
