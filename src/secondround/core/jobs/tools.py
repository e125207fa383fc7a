"""Named tools and technologies in an advert ("Excel", "Salesforce", "Python"), as written there.

The coach's product matcher (O*NET's technology list) does most of the work; a short list of our
own adds names that list misses (AWS, SAP, C#) and that are safe to spot as a line's first word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from secondround.core.jobs.data import read_data
from secondround.core.text.lines import list_lines
from secondround.core.text.products import find_tools, products

# Lines, then sentences and list items within them.
_SEGMENT = re.compile(r"[^\n.;•|]+(?:\.(?=\S)[^\n.;•|]*)*")
_FIRST_WORD = re.compile(r"^[\W_]*([A-Z][A-Za-z0-9+#]*)(?=\s*(?:,|/|&|\band\b|\bor\b))")


def find_ad_tools(text: str) -> list[str]:
    """Each tool once, in order of first mention, in the advert's own casing.

    A name inside a longer one found too ("Excel" and "Microsoft Excel") counts once, as the longer.
    """
    found: list[tuple[int, str]] = []
    for segment in _SEGMENT.finditer(text):
        part = segment.group()
        offset = segment.start()
        cursor = 0
        for name in find_tools(part):
            at = part.find(name, cursor)
            cursor = max(cursor, at + len(name)) if at >= 0 else cursor
            found.append((offset + max(at, 0), name))
        first = _FIRST_WORD.match(part)
        # A plain product name opens a line only in a list: "Python, SQL and dbt".
        if first and first.group(1) in products()[0]:
            found.append((offset + first.start(1), first.group(1)))
    for match in _own_pattern().finditer(text):
        found.append((match.start(), match.group()))
    return _unique([name for _, name in sorted(found)])


def _unique(names: list[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    folded = [n.lower() for n in names]
    for name, low in zip(names, folded, strict=True):
        if low in seen:
            continue
        longer = any(
            other != low and re.search(rf"(?<!\w){re.escape(low)}(?!\w)", other) for other in folded
        )
        if longer:
            continue
        seen.add(low)
        out.append(name)
    return out


@lru_cache(maxsize=1)
def _own_pattern() -> re.Pattern[str]:
    names = list_lines(read_data("tools.txt"))
    parts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.#+])(?:{parts})(?![\w#+]|\.\w)")
