"""Technology product names in a text, as written there ("Excel", "SQL", "Microsoft Teams").

The names are O*NET's technology list plus a few of our own (`technology_products.txt`,
`extra_products.txt`); the coach counts them as concrete detail and the job reader as tools.
"""

from __future__ import annotations

import re
from functools import lru_cache

from secondround.core.text.lines import list_lines
from secondround.core.text.words import WordListError, read_data, word_list

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#.&'-]*[A-Za-z0-9+#]|[A-Za-z0-9]")


@lru_cache(maxsize=1)
def product_starts() -> dict[str, int]:
    """For each lower-cased first word of a product name, the most words a name starting so has."""
    exact, folded, _ = products()
    starts: dict[str, int] = {}
    for name in (*exact, *folded):
        words = name.split()
        key = words[0].lower()
        starts[key] = max(starts.get(key, 0), len(words))
    return starts


@lru_cache(maxsize=1)
def products() -> tuple[frozenset[str], frozenset[str], int]:
    """Product names: (exact-case names, lower-cased distinctive names, longest name in words).

    A plain title-case name ("Slack", "Teams") only counts written that way; a distinctive one
    ("PowerPoint", "JIRA", "SQL") counts in any case, since people type "jira" or "powerpoint".
    """
    exact: set[str] = set()
    folded: set[str] = set()
    longest = 1
    for name in (
        *list_lines(read_data("technology_products.txt")),
        *list_lines(read_data("extra_products.txt")),
    ):
        longest = max(longest, len(name.split()))
        distinctive = any(c.isupper() or c.isdigit() for c in name[1:])
        (folded if distinctive else exact).add(name.lower() if distinctive else name)
    if len(exact) + len(folded) < 10:
        raise WordListError("technology_products.txt holds too few product names.")
    return frozenset(exact), frozenset(folded), min(longest, 6)


def find_tools(sentence: str) -> list[str]:
    """Product names in a sentence as written there, left to right, the longest name winning.

    A plain word ("Slack") counts only mid-sentence and capitalised; "SQL" counts in any case.
    """
    exact, folded, _ = products()
    starts = product_starts()
    role_words = word_list("roles.txt")
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence)]
    found: list[str] = []
    i = 0
    while i < len(tokens):
        matched = 0
        longest = starts.get(tokens[i][2].lower(), 0)
        for size in range(min(longest, len(tokens) - i), 0, -1):
            name = sentence[tokens[i][0] : tokens[i + size - 1][1]]
            if " ".join(name.split()) != name:
                continue
            plain_ok = (
                name in exact
                and (i > 0 or size > 1)
                and name[:1].isupper()
                and name.lower() not in role_words
            )
            if plain_ok or name.lower() in folded:
                found.append(name)
                matched = size
                break
        i += matched or 1
    return found
