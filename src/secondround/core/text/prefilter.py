"""A quick test that a regular expression cannot match: strings one of which every match holds.

Python's `re` tries a pattern that opens with `\\b` or a group at every place in the text, so a
long alternation of cue phrases ("lol|haha+|small ?talk|...") costs about as much where it fails
as where it matches, and most clauses match none. `required(pattern)` reads the parsed pattern
for a few plain strings of which any match must contain one ("lol", "haha", "small"); when none
is in the text, no search can succeed and none is run. The answer is always the pattern's own:
the strings only ever rule a search out.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
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


def required(pattern: re.Pattern[str], cut: int | None = _CUT) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, or None when the pattern does not
    say (case-insensitive patterns, and patterns that may match almost anything); each string
    is cut to `cut` characters (None: kept whole, a longer and so rarer string)."""
    if _parse is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        info = _sequence(list(_parse.parse(pattern.pattern, pattern.flags)), cut)
    except _GiveUp:
        return None
    return _best([info.needs, _as_needs(info.exact)], cut)


# Characters that an IGNORECASE pattern's ASCII letters match although their lower case is not
# that letter ("ſ" matches "s"): a text holding one is always searched (see `folded`).
_ODD_CASES = frozenset("\u0130\u0131\u017f")


def folded_required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """For a case-insensitive `pattern` written in lower case: strings one of which every match
    holds in the lower-cased text (`folded`), or None when that is not known."""
    source = pattern.pattern
    if not isinstance(source, str) or not pattern.flags & re.IGNORECASE:
        return None
    literal = re.sub(r"\\.", "", source)
    # Lower-case ASCII letters and characters without case ("£", "%"): each matches only
    # characters whose lower case it matches too.
    if any(c != c.lower() or (not c.isascii() and c != c.upper()) for c in literal):
        return None
    return required(re.compile(source, pattern.flags & ~re.IGNORECASE))


def folded(text: str) -> str | None:
    """The text as `folded_required` strings are looked for in it (lower case), or None when it
    holds a character whose case that cannot follow (then search it whole)."""
    return None if not _ODD_CASES.isdisjoint(text) else text.lower()


def may_match(low: str | None, needs: frozenset[str] | None) -> bool:
    """False when `low` (from `folded`) holds none of `needs` (from `folded_required`)."""
    return low is None or not needs or any(map(low.__contains__, needs))


class _GiveUp(Exception):
    """A construct this reading does not follow: the pattern gets no requirement."""


def _as_needs(exact: frozenset[str] | None) -> frozenset[str] | None:
    if exact is None or any(len(s) < _MIN_CHARS for s in exact):
        return None
    return exact


@lru_cache(maxsize=1024)
def _cut(strings: frozenset[str], cut: int | None) -> frozenset[str]:
    """The same requirement in fewer strings: each cut short, and none that holds another."""
    # Remembered: the same long lists (the coach's irregular verbs) come back in many patterns.
    short = {s[:cut] for s in strings}
    return frozenset(s for s in short if not any(t != s and t in s for t in short))


def _best(sets: list[frozenset[str] | None], cut: int | None) -> frozenset[str] | None:
    """The cheapest telling requirement: no string of two characters ("ok") if it can be helped,
    then the fewest strings, then the longest shortest one."""
    usable = [_cut(s, cut) for s in sets if s and all(len(x) >= _MIN_CHARS for x in s)]
    if not usable:
        return None
    return max(usable, key=lambda s: (min(map(len, s)) > _MIN_CHARS, -len(s), min(map(len, s))))


def _sequence(items: list[tuple[Any, Any]], cut: int | None) -> _Info:
    """What a run of parts in a row matches: strings put together while they are few."""
    candidates: list[frozenset[str] | None] = []
    current: frozenset[str] = frozenset({""})
    whole = True
    for item in items:
        info = _item(*item, cut)
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
    return _Info(current if whole else None, _best(candidates, cut))


def _item(op: Any, av: Any, cut: int | None) -> _Info:
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
        return _sequence(list(body), cut)
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(list(av), cut)
    if op is _sre.BRANCH:
        return _branch([_sequence(list(alt), cut) for alt in av[1]], cut)
    if op in _REPEATS:
        low, high, body = av
        info = _sequence(list(body), cut)
        if high == 0:
            return _EMPTY
        if info.exact is not None and high == 1:
            # "x?" or "x": the strings of x, and nothing when it may be left out.
            return _Info(info.exact | ({""} if low == 0 else set()), None)
        if low == 0:
            return _ANYTHING
        head = info.exact if info.exact is not None and low == 1 else None
        return _Info(None, _best([info.needs, _as_needs(info.exact)], cut), head)
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


def _branch(alternatives: list[_Info], cut: int | None) -> _Info:
    """Either of several parts: their strings together."""
    exact: frozenset[str] | None = frozenset()
    for info in alternatives:
        if exact is None or info.exact is None or len(exact | info.exact) > _MAX_STRINGS:
            exact = None
            break
        exact = exact | info.exact
    needs: frozenset[str] = frozenset()
    for info in alternatives:
        own = _best([info.needs, _as_needs(info.exact)], cut)
        if own is None:
            return _Info(exact, None)
        needs = needs | own
    return _Info(exact, _cut(needs, cut))


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
    `pattern` is the source; `cut` as for `required`. A pattern that `share_scan` put in a group
    asks the group's one scan of a text (`NeedleScan`) instead of looking for its own strings.
    """

    __slots__ = ("_scan", "_slot", "compiled", "needs", "parts", "pattern")

    def __init__(
        self, compiled: re.Pattern[str], split: bool = True, cut: int | None = _CUT
    ) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        needs = required(compiled, cut)
        self.needs = tuple(sorted(needs)) if needs else None
        # A long list of alternatives ("lol|haha+|...|chatted (\w+ ){0,3}?about ...") is asked
        # first by each alternative, with its own strings: a search is run only if one can match.
        alternatives = _alternatives(compiled) if split else None
        self.parts = (
            tuple(QuickPattern(a, split=False, cut=cut) for a in alternatives)
            if alternatives and (self.needs is None or len(alternatives) >= _SPLIT_FROM)
            else None
        )
        self._scan: NeedleScan | None = None
        self._slot = -1

    def possible(self, text: str) -> bool:
        """False when no match can be in `text`; True when one may be."""
        if self.needs is None:
            return True
        if self._scan is not None:
            enabled = self._scan.enabled(text)
            if enabled is not None:
                return self._slot in enabled
        return any(map(text.__contains__, self.needs))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        enabled = None
        if self.needs is not None:
            # `possible`, written out: this runs for every cue on every clause.
            scan = self._scan
            # What the scan remembers of the text, looked up here; asked of it when not yet.
            enabled = None if scan is None else scan._seen.get(text)
            if enabled is None and scan is not None:
                enabled = scan.enabled(text)
            if enabled is not None:
                if self._slot not in enabled:
                    return None
            elif not any(map(text.__contains__, self.needs)):
                return None
        if self.parts is not None and not self._some_part(text, pos, endpos, enabled):
            # No alternative matches alone, so the whole cannot; when one does, the whole is
            # searched as it is, for the very match it gives.
            return None
        return self.compiled.search(text, pos, endpos)

    def _some_part(
        self, text: str, pos: int, endpos: int, enabled: frozenset[int] | None, way: str = "search"
    ) -> bool:
        """Whether one of the pattern's alternatives, asked alone (`way`: search, match or
        fullmatch), matches: the whole matches just when one of them does."""
        parts = self.parts or ()
        if enabled is None and self._scan is not None:
            enabled = self._scan.enabled(text)
        if enabled is None:
            return any(getattr(p, way)(text, pos, endpos) for p in parts)
        return any(
            getattr(p.compiled, way)(text, pos, endpos)
            for p in parts
            if p.needs is None or p._slot in enabled
        )

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._anchored("match", text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._anchored("fullmatch", text, pos, endpos)

    def _anchored(self, way: str, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """`match` or `fullmatch` (`way`), asked only where the strings every match holds are in
        `text`, as `search` asks (written out there: it runs for every cue on every clause)."""
        enabled = None
        if self.needs is not None:
            scan = self._scan
            enabled = None if scan is None else scan._seen.get(text)
            if enabled is None and scan is not None:
                enabled = scan.enabled(text)
            if enabled is not None:
                if self._slot not in enabled:
                    return None
            elif not any(map(text.__contains__, self.needs)):
                return None
        if self.parts is not None and not self._some_part(text, pos, endpos, enabled, way):
            return None
        found: re.Match[str] | None = getattr(self.compiled, way)(text, pos, endpos)
        return found

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos) if self.possible(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(text, pos, endpos) if self.possible(text) else []


# A pattern of this many alternatives or more is searched alternative by alternative first.
_SPLIT_FROM = 8


def _alternatives(compiled: re.Pattern[str]) -> list[re.Pattern[str]] | None:
    """The top-level alternatives of a pattern ("a|b(c|d)|e": a, b(c|d), e), each compiled with
    the pattern's flags; None when there are fewer than two or one does not compile alone."""
    if compiled.flags & re.VERBOSE:
        return None
    pieces = _top_level(compiled.pattern)
    if len(pieces) == 1 and pieces[0].startswith("(?:") and pieces[0].endswith(")"):
        # "(?:a|b)": the alternatives inside a group that is the whole pattern.
        inner = _top_level(pieces[0][3:-1])
        pieces = inner if len(inner) > 1 else pieces
    if len(pieces) < 2:
        return None
    try:
        return [re.compile(piece, compiled.flags) for piece in pieces]
    except re.error:
        return None


def _top_level(source: str) -> list[str]:
    """The source cut at each "|" outside groups and classes; [] when it does not balance."""
    pieces: list[str] = []
    depth = start = 0
    index = 0
    in_class = False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # "[]x]" and "[^]x]": a bracket right after the opening is one of the characters.
            if source[index + 1 : index + 2] == "^":
                index += 1
            if source[index + 1 : index + 2] == "]":
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(source[start:index])
            start = index + 1
        index += 1
        if depth < 0:
            return []
    pieces.append(source[start:])
    return pieces if depth == 0 and not in_class else []


class NeedleScan:
    """Which of many quick patterns may match a text, found in one pass over it.

    The strings every pattern requires are put in one trie, read as one regular expression that
    gives, at each place of the text, the longest of the strings starting there; the strings that
    start there are that one and those of its openings that are strings too, so the patterns they
    enable are looked up, not searched for. A pattern asks about a text it asked about just before
    (most texts are searched by many patterns in a row); a text seen once is tested the plain way,
    string by string, since one scan of it would cost more than the few strings one pattern needs.
    What it remembers is only ever the answer for that text, so threads may share it.
    """

    def __init__(self, patterns: Iterable[QuickPattern]) -> None:
        # A pattern's alternatives are asked about with it (see QuickPattern.search).
        every = [q for p in patterns for q in (p, *(p.parts or ()))]
        kept = [p for p in dict.fromkeys(every) if p.needs is not None]
        self._patterns = tuple(kept)
        needles = sorted({n for p in kept for n in p.needs or ()})
        self._trie = _trie_pattern(needles)
        # {string: the slots of the patterns one of whose strings opens it}, found through each
        # string's openings (a few dozen) rather than every pattern's strings (thousands).
        owners: dict[str, set[int]] = {}
        for slot, pattern in enumerate(kept):
            for need in pattern.needs or ():
                owners.setdefault(need, set()).add(slot)
        self._enables = {
            n: frozenset().union(*(owners.get(n[:end], ()) for end in range(1, len(n) + 1)))
            for n in needles
        }
        # The last few texts asked about and the slots each enables, None until asked twice.
        self._seen: dict[str, frozenset[int] | None] = {}

    def adopt(self) -> None:
        """Make each pattern of the scan ask it, not test its own strings."""
        for slot, pattern in enumerate(self._patterns):
            pattern._scan = self
            pattern._slot = slot

    def enabled(self, text: str) -> frozenset[int] | None:
        """The slots of the patterns that may match `text` (one of a pattern's strings is in it),
        or None for a text not asked about just before: its patterns test their own strings."""
        seen = self._seen
        enabled = seen.get(text, _UNSEEN)
        if enabled is _UNSEEN:
            if len(seen) >= _KEEP:
                seen.clear()
            seen[text] = None
            return None
        if enabled is None:
            enabled = self.scan(text)
            seen[text] = enabled
        return enabled

    def scan(self, text: str) -> frozenset[int]:
        """The slots of the patterns that may match `text`, found by one pass over it."""
        found = self._trie.findall(text) if self._trie is not None else []
        return frozenset().union(*map(self._enables.__getitem__, found))

    def slot(self, pattern: QuickPattern) -> int | None:
        """The slot by which `scan` names `pattern`; None for one that requires no string."""
        return self._patterns.index(pattern) if pattern in self._patterns else None

    def patterns(self, slots: Iterable[int]) -> list[QuickPattern]:
        """The patterns of these slots, in the order they were given to the scan."""
        return [self._patterns[slot] for slot in sorted(slots)]


# How many texts a scan remembers: the reader asks about a few in turn (the words before a name
# and those after it).
_KEEP = 8
_UNSEEN = frozenset({-1})


def _trie_pattern(strings: list[str]) -> re.Pattern[str] | None:
    """A pattern giving, at each place of a text, the longest of `strings` that starts there."""
    if not strings:
        return None
    trie: dict[str, Any] = {}
    for string in strings:
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def alternatives(node: dict[str, Any]) -> str:
        # Longer strings are tried first: a string that ends here is the fall-back.
        alts = [re.escape(char) + alternatives(node[char]) for char in sorted(node) if char]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return re.compile(f"(?=({alternatives(trie)}))")


class AnyOf:
    """Whether any of many patterns matches a text, as the one alternation of them all would:
    one scan for the strings they require, then a search by each pattern whose strings are there
    (and by each that requires none). Most texts hold no pattern's strings and cost one scan."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        quick = [QuickPattern(p) for p in patterns]
        self._always = tuple(q.compiled for q in quick if q.needs is None)
        self._scan = NeedleScan(quick)

    def search(self, text: str) -> bool:
        if any(p.search(text) for p in self._always):
            return True
        slots = self._scan.scan(text)
        return bool(slots) and any(q.compiled.search(text) for q in self._scan.patterns(slots))


def share_scan(data: object) -> NeedleScan:
    """One scan for every quick pattern held in `data` (a dataclass, dict, tuple or list of them,
    at any depth): what is added to the data files is in it without naming it here."""
    scan = NeedleScan(_patterns_in(data))
    scan.adopt()
    return scan


def _patterns_in(data: object) -> Iterator[QuickPattern]:
    if isinstance(data, QuickPattern):
        yield data
    elif dataclasses.is_dataclass(data) and not isinstance(data, type):
        for field in dataclasses.fields(data):
            yield from _patterns_in(getattr(data, field.name))
    elif isinstance(data, dict):
        for value in data.values():
            yield from _patterns_in(value)
    elif isinstance(data, (tuple, list, frozenset, set)):
        for value in data:
            yield from _patterns_in(value)
