"""Word lists and the words of a text, the lists read once from `data/coach/` and checked.

`word_list` reads a one-per-line list (hedges, stopwords, role words); `phrase_matcher` finds the
phrases of lists in a text; `content_words` and `keyword_stem` are the words that carry meaning,
lightly stemmed, as the coach's relevance, the planner and the story bank compare them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from secondround.core.datafiles import DataFileError, read_text

# The lists ship beside the coach's other data files (benchmarks/build_coach_data.py builds some).
FOLDER = "coach"


class WordListError(DataFileError):
    """A word list is missing or malformed (a packaging fault, not a user one)."""


def read_data(name: str) -> str:
    """The text of one file of the word lists' folder."""
    return read_text(FOLDER, name, WordListError)


@cache
def word_list(name: str) -> tuple[str, ...]:
    """Entries of a one-per-line list, lower-cased; `#` lines are comments. Never empty."""
    entries: list[str] = []
    for number, raw in enumerate(read_data(name).splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if len(line) > 80 or "\t" in line:
            raise WordListError(f"{name}, line {number}: expected one short phrase, got {line!r}.")
        entries.append(line.lower())
    if not entries:
        raise WordListError(f"{name} has no entries.")
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
        tokens, words = _tokens(text)
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


@lru_cache(maxsize=64)
def _tokens(text: str) -> tuple[list[tuple[int, int, str]], list[str]]:
    # Several lists are matched against the same sentence in a row: tokenise it once.
    folded = text.lower().replace("’", "'")
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded)]
    return tokens, [t[2] for t in tokens]


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


_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_SUFFIXES = ("ational", "ization", "isation", "ations", "ation", "ments", "ment", "ings", "ing",
             "ies", "ied", "ed", "es", "ly", "er", "s")  # fmt: skip


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(word_list("stopwords.txt"))


@lru_cache(maxsize=8192)
def keyword_stem(word: str) -> str:
    """A crude stem so "prioritised", "prioritising" and "priorities" meet.

    Cruder than `phrases.stem` on purpose: it compares single content words as sets, where the
    phrase index must keep short words apart; the coach's figures are calibrated on this one.
    """
    word = word.strip("'-").removesuffix("'s")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e") if len(word) > 4 else word


def content_words(text: str) -> list[str]:
    """Lower-cased words of `text` that carry meaning, in order."""
    stop = stopwords()
    return [w for w in _WORD.findall(text.lower().replace("’", "'")) if w.strip("'-") not in stop]
