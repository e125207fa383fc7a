"""The coach's word lists, read once from `secondround/data/coach/` and checked as they load."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from secondround.core.datafiles import DataFileError, read_text, read_yaml


class CoachDataError(DataFileError):
    """A data file of the coach is missing or malformed (a packaging fault, not a user one)."""


def read_data(name: str) -> str:
    """The text of one data file of the coach."""
    return read_text("coach", name, CoachDataError)


def read_coach_yaml(name: str) -> dict[str, Any]:
    """One YAML data file of the coach, as a mapping."""
    return read_yaml("coach", name, CoachDataError)


@cache
def word_list(name: str) -> tuple[str, ...]:
    """Entries of a one-per-line list, lower-cased; `#` lines are comments. Never empty."""
    entries: list[str] = []
    for number, raw in enumerate(read_data(name).splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if len(line) > 80 or "\t" in line:
            raise CoachDataError(f"{name}, line {number}: expected one short phrase, got {line!r}.")
        entries.append(line.lower())
    if not entries:
        raise CoachDataError(f"{name} has no entries.")
    return tuple(dict.fromkeys(entries))


_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


class PhraseMatcher:
    """Finds whole-word phrases of a list in text, case-insensitively, by word look-up.

    Faster than one big regular expression on long answers: each word is looked up once.
    """

    def __init__(self, phrases: set[str]) -> None:
        self._first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(_TOKEN.findall(phrase.lower().replace("’", "'")))
            if words:
                self._first.setdefault(words[0], []).append(words)
        for options in self._first.values():
            options.sort(key=len, reverse=True)

    def finditer(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, matched text) of each phrase found, left to right, longest first."""
        folded = text.lower().replace("’", "'")
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded)]
        words = [t[2] for t in tokens]
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(tokens):
            size = 0
            for option in self._first.get(words[i], ()):
                if tuple(words[i : i + len(option)]) == option:
                    size = len(option)
                    break
            if size:
                start, end = tokens[i][0], tokens[i + size - 1][1]
                found.append((start, end, text[start:end]))
                i += size
            else:
                i += 1
        return found


@cache
def phrase_matcher(*names: str, exclude: str | None = None) -> PhraseMatcher:
    """A matcher for every phrase of the named lists, less those of `exclude`."""
    phrases: set[str] = set()
    for name in names:
        phrases.update(word_list(name))
    if exclude:
        phrases.difference_update(word_list(exclude))
    return PhraseMatcher(phrases)


@lru_cache(maxsize=1)
def irregular_past() -> frozenset[str]:
    return frozenset(word_list("irregular_past.txt"))


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
    for name in (*_raw_lines("technology_products.txt"), *_raw_lines("extra_products.txt")):
        longest = max(longest, len(name.split()))
        distinctive = any(c.isupper() or c.isdigit() for c in name[1:])
        (folded if distinctive else exact).add(name.lower() if distinctive else name)
    if len(exact) + len(folded) < 10:
        raise CoachDataError("technology_products.txt holds too few product names.")
    return frozenset(exact), frozenset(folded), min(longest, 6)


def _raw_lines(name: str) -> list[str]:
    return [
        line.strip()
        for line in read_data(name).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
