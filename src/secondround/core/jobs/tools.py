"""Named tools and technologies in an advert ("Excel", "Salesforce", "Python"), as written there.

The coach's product matcher (O*NET's technology list) does most of the work; a short list of our
own adds names that list misses (AWS, SAP, C#) and that are safe to spot as a line's first word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from secondround.core.jobs.data import read_data
from secondround.core.jobs.named import context_tools, employer_names, is_not_tool, is_plain_word
from secondround.core.jobs.profile import ToolMention
from secondround.core.jobs.tool_model import candidates, tool_model
from secondround.core.text.lines import list_lines
from secondround.core.text.products import find_tools, products

# Lines, then sentences and list items within them.
_SEGMENT = re.compile(r"[^\n.;•|]+(?:\.(?=\S)[^\n.;•|]*)*")
_HEADER_WORDS = 14
_FIRST_WORD = re.compile(r"^[\W_]*([A-Z][A-Za-z0-9+#]*)(?=\s*(?:,|/|&|\band\b|\bor\b))")


def find_ad_tools(text: str, context: bool = True) -> list[str]:
    """Each tool once, in order of first mention, in the advert's own casing.

    A name inside a longer one found too ("Excel" and "Microsoft Excel") counts once, as the longer.
    `context=False` leaves out names no list knows (see core/jobs/named.py), for short notes.
    """
    return [m.name for m in find_tool_mentions(text, context)]


def find_tool_mentions(text: str, context: bool = True) -> list[ToolMention]:
    """Each tool once, in order of first mention, with where it is first named.

    With `context`, the rules' names and every other name the advert offers are candidates and
    the trained model (core/jobs/tool_model.py) keeps those likely enough to be tools.
    """
    found = rule_tools(text, context)
    if context:
        model = tool_model()
        offered = candidates(text, found, _header_words(text), _own_names())
        # Our own list (data/jobs/tools.txt) holds names safe to spot anywhere: always kept.
        kept = [
            (c.start, c.name)
            for c in offered
            if c.name in _own_names()
            or (not c.vetoed and model.probability(c.features) >= model.threshold)
        ]
    else:
        kept = found
    names = _unique([name for _, name in sorted(kept)])
    first: dict[str, int] = {}
    for at, name in sorted(kept):
        first.setdefault(name, at)
    return [ToolMention(n, first[n], first[n] + len(n), _line_at(text, first[n])) for n in names]


def _line_at(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)].strip()


def rule_tools(text: str, context: bool = True) -> list[tuple[int, str]]:
    """(offset, name) of the tools the lists and the rules of named.py find, in text order."""
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
    # Names no list knows, from the words around them ("We use Kronos for timekeeping"); and no
    # ordinary word ("reduce", "Reduce"), category ("CRM") or qualification ("F-Gas") at all.
    exact = products()[0]
    found = [
        (at, n) for at, n in found if not is_not_tool(n) and (n in exact or not is_plain_word(n))
    ]
    if context:
        found.extend(context_tools(text, [(at, at + len(n)) for at, n in found]))
    # The employer's own name is never a tool, nor a name that starts with it ("SkyCrest
    # General Maintenance Manual"); a name a list knows stays ("Microsoft Excel" at Microsoft).
    employer = employer_names(text)
    found = [(at, n) for at, n in found if n in exact or n.split()[0].lower() not in employer]
    # The title and the lines under it name the employer, the place and the pay ("Quarry Point |
    # Charlotte, NC"): a name no list knows that appears there is one of those, wherever else.
    header = _header_words(text)
    found = [
        (at, n) for at, n in found if n in exact or n in _own_names() or n.split()[0] not in header
    ]
    return sorted(found)


def _header_words(text: str) -> set[str]:
    lines = [line for line in text.splitlines() if line.strip()][:3]
    # A line cut by "|" or "·" is the employer, place, pay and hours, however long: "Castle
    # Cars, Lincoln | £12.50 - £14.00 an hour | 4 nights a week".
    cut = [line for line in lines if re.search(r"\s[|·]\s", line)]
    # Only short lines that are no sentence or list item: a tiny advert's second line is already
    # its text.
    short = [
        line
        for line in lines
        if len(line.split()) <= _HEADER_WORDS
        and not line.rstrip().endswith((".", "!", "?", ";", ":"))
        and not re.match(r"\s*[-*•·–]", line)
    ]
    return {w for line in short + cut for w in re.findall(r"[\w'’&-]+", line)}


@lru_cache(maxsize=1)
def _own_names() -> frozenset[str]:
    return frozenset(list_lines(read_data("tools.txt")))


def _unique(names: list[str]) -> list[str]:
    folded = [n.lower() for n in names]
    # Every whole-word stretch of every name ("microsoft excel" holds "microsoft", "excel" and
    # itself), with the names it sits in: "inside a longer name" is then a look-up, so an advert
    # naming thousands of different tools takes linear time, not a search of each in each.
    inside: dict[str, set[str]] = {}
    for other in set(folded):
        for piece in _pieces(other):
            inside.setdefault(piece, set()).add(other)
    out: list[str] = []
    seen: set[str] = set()
    for name, low in zip(names, folded, strict=True):
        if low in seen or any(other != low for other in inside.get(low, ())):
            continue
        seen.add(low)
        out.append(name)
    return out


def _is_word(char: str) -> bool:
    # What the regular expression \w matches in a str pattern.
    return char.isalnum() or char == "_"


def _pieces(name: str) -> set[str]:
    r"""Each stretch of `name` that starts and ends at a word boundary, as (?<!\w)…(?!\w) finds."""
    starts = [i for i in range(len(name)) if i == 0 or not _is_word(name[i - 1])]
    ends = [j for j in range(1, len(name) + 1) if j == len(name) or not _is_word(name[j])]
    return {name[i:j] for i in starts for j in ends if j > i}


@lru_cache(maxsize=1)
def _own_pattern() -> re.Pattern[str]:
    names = list_lines(read_data("tools.txt"))
    parts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.#+])(?:{parts})(?![\w#+]|\.\w)")
