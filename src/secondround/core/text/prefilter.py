"""A quick test that a regular expression cannot match: strings one of which every match holds.

Python's `re` tries a pattern that opens with `\\b` or a group at every place in the text, so a
long alternation of cue phrases ("lol|haha+|small ?talk|...") costs about as much where it fails
as where it matches, and most clauses match none. `required(pattern)` reads the parsed pattern
for a few plain strings of which any match must contain one ("lol", "haha", "small"); when none
is in the text, no search can succeed and none is run. The answer is always the pattern's own:
the strings only ever rule a search out.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

try:  # The parser is the standard library's own, private: without it, no string is required.
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python without it only loses the speed-up
    _sre = _parse = None

# How many strings a set may grow to while words are put together ("colou?r": colour, color).
_MAX_STRINGS = 64
# A set of strings is a requirement only if every string is at least this long: a single letter
# is in nearly every clause and would rule nothing out.
_MIN_CHARS = 2
# A character class of at most this many characters is read as those characters.
_MAX_CLASS = 4
# Strings required are cut to this many characters, so "chatted", "chatting" and "chat" are one
# look-up: each string looked for costs about as much, and the first characters rule out most.
_CUT = 5


@dataclass(frozen=True)
class _Info:
    # Every string the part can match, when they are few; None when they are not.
    exact: frozenset[str] | None
    # Strings one of which every match of the part contains; None when nothing is required.
    needs: frozenset[str] | None
    # Strings one of which every match starts with, when the part is no short list ("ha+": ha).
    head: frozenset[str] | None = None


_EMPTY = _Info(frozenset({""}), None)
_ANYTHING = _Info(None, None)


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, or None when the pattern does not
    say (case-insensitive patterns, and patterns that may match almost anything)."""
    if _parse is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        info = _sequence(list(_parse.parse(pattern.pattern, pattern.flags)))
    except _GiveUp:
        return None
    return _best([info.needs, _as_needs(info.exact)])


class _GiveUp(Exception):
    """A construct this reading does not follow: the pattern gets no requirement."""


def _as_needs(exact: frozenset[str] | None) -> frozenset[str] | None:
    if exact is None or any(len(s) < _MIN_CHARS for s in exact):
        return None
    return exact


def _cut(strings: frozenset[str]) -> frozenset[str]:
    """The same requirement in fewer strings: each cut short, and none that holds another."""
    short = {s[:_CUT] for s in strings}
    return frozenset(s for s in short if not any(t != s and t in s for t in short))


def _best(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    """The cheapest telling requirement: no string of two characters ("ok") if it can be helped,
    then the fewest strings, then the longest shortest one."""
    usable = [_cut(s) for s in sets if s and all(len(x) >= _MIN_CHARS for x in s)]
    if not usable:
        return None
    return max(usable, key=lambda s: (min(map(len, s)) > _MIN_CHARS, -len(s), min(map(len, s))))


def _sequence(items: list[tuple[Any, Any]]) -> _Info:
    """What a run of parts in a row matches: strings put together while they are few."""
    candidates: list[frozenset[str] | None] = []
    current: frozenset[str] = frozenset({""})
    whole = True
    for item in items:
        info = _item(*item)
        if info.exact is not None:
            joined = frozenset(a + b for a in current for b in info.exact)
            if len(joined) <= _MAX_STRINGS:
                current = joined
                continue
        if info.head is not None and len(current) * len(info.head) <= _MAX_STRINGS:
            # "hm+" after "she said ": the strings so far go on into the part's opening.
            candidates.append(_as_needs(frozenset(a + b for a in current for b in info.head)))
        # The strings so far end here: they are one requirement, and the part another.
        whole = False
        candidates.append(_as_needs(current))
        candidates.append(info.needs)
        current = info.exact if info.exact is not None else frozenset({""})
    candidates.append(_as_needs(current))
    return _Info(current if whole else None, _best(candidates))


def _item(op: Any, av: Any) -> _Info:
    if op is _sre.LITERAL:
        return _Info(frozenset({chr(av)}), None)
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        # Anchors and look-arounds match no characters of their own.
        return _EMPTY
    if op is _sre.IN:
        return _Info(_class(av), None)
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags or del_flags:
            raise _GiveUp
        return _sequence(list(body))
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    if op is _sre.BRANCH:
        return _branch([_sequence(list(alt)) for alt in av[1]])
    if op in _REPEATS:
        low, high, body = av
        info = _sequence(list(body))
        if high == 0:
            return _EMPTY
        if info.exact is not None and high == 1:
            # "x?" or "x": the strings of x, and nothing when it may be left out.
            return _Info(info.exact | ({""} if low == 0 else set()), None)
        if low == 0:
            return _ANYTHING
        head = info.exact if info.exact is not None and low == 1 else None
        return _Info(None, _best([info.needs, _as_needs(info.exact)]), head)
    if op in (_sre.GROUPREF, getattr(_sre, "GROUPREF_EXISTS", None)):
        raise _GiveUp
    # Any other single character (".", "\w", "[^x]"): no string of it is known.
    return _ANYTHING


_REPEATS = tuple(
    op
    for op in (
        getattr(_sre, "MAX_REPEAT", None),
        getattr(_sre, "MIN_REPEAT", None),
        getattr(_sre, "POSSESSIVE_REPEAT", None),
    )
    if op is not None
)


def _branch(alternatives: list[_Info]) -> _Info:
    """Either of several parts: their strings together."""
    exact: frozenset[str] | None = frozenset()
    for info in alternatives:
        if exact is None or info.exact is None or len(exact | info.exact) > _MAX_STRINGS:
            exact = None
            break
        exact = exact | info.exact
    needs: frozenset[str] = frozenset()
    for info in alternatives:
        own = _best([info.needs, _as_needs(info.exact)])
        if own is None:
            return _Info(exact, None)
        needs = needs | own
    return _Info(exact, _cut(needs))


def _class(items: Any) -> frozenset[str] | None:
    """The characters of a class like "[-–—]" when they are few and listed one by one."""
    chars: set[str] = set()
    for op, av in items:
        if op is not _sre.LITERAL:
            return None
        chars.add(chr(av))
    return frozenset(chars) if 0 < len(chars) <= _MAX_CLASS else None


class QuickPattern:
    """A compiled pattern that skips its search where `required` says it cannot match.

    Behaves as the `re.Pattern` it wraps for `search`, `match`, `fullmatch`, `finditer` and
    `findall` (the strings are looked for in the whole text, whatever `pos` and `endpos`);
    `pattern` is the source.
    """

    __slots__ = ("compiled", "needs", "pattern")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        needs = required(compiled)
        self.needs = tuple(sorted(needs)) if needs else None

    def possible(self, text: str) -> bool:
        """False when no match can be in `text`; True when one may be."""
        return self.needs is None or any(map(text.__contains__, self.needs))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.needs is not None and not any(map(text.__contains__, self.needs)):
            return None
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.needs is not None and not any(map(text.__contains__, self.needs)):
            return None
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.needs is not None and not any(map(text.__contains__, self.needs)):
            return None
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos) if self.possible(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(text, pos, endpos) if self.possible(text) else []
