"""Skip a regular expression that cannot match: the literal text every match must contain.

The labeller tries some sixty cue patterns on every sentence, and most of them fail; Python's
regular expressions try a pattern that opens with `\\b(` and a list of words at every position
of the text, which is slow. `required_strings` reads a pattern's parse tree and returns a few
strings of which every possible match contains at least one ("i needed", "we had", ...). When
the sentence contains none of them (a quick substring test), the pattern cannot match and its
search is skipped: the answer is the search's, only sooner.

The analysis is conservative: what it does not follow (classes, open repeats, flags, look
arounds) it treats as "any text", so it may find no requirement (the search then always runs)
but never a wrong one. It reads the parse tree of Python's own `re` module (`re._parser`); if
that ever changes shape, it gives up (and every search runs) rather than guess.
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+: the parser behind `re.compile`.
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: the prefilter is off.
    _p = None
    _c = None

# Cross products of alternatives grow fast ("(a|b|c) (d|e|f)"): keep them this small.
_MAX_PRODUCT = 64
# A requirement with more strings than this costs more to test than the search saves.
_MAX_UNION = 160

Strings = frozenset[str]
# (exact, needed): `exact` the finite set of texts the piece matches, when it is one; `needed`
# strings of which every match contains one, or None when nothing is known.
Analysis = tuple[Strings | None, Strings | None]
_NOTHING: Analysis = (None, None)


def required_strings(pattern: re.Pattern[str]) -> Strings | None:
    """Strings of which every match of `pattern` contains one, or None if that is not known."""
    if _p is None or pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        exact, needed = _sequence(list(_p.parse(pattern.pattern, pattern.flags)))
    except Exception:  # an unknown parse tree: no prefilter, never a wrong one.
        return None
    return _best([c for c in (exact, needed) if c is not None])


# Characters that an IGNORECASE pattern's ASCII letters match although their lower case is not
# that letter ("ſ" matches "s"): a text holding one is always searched.
_ODD_CASES = frozenset("\u0130\u0131\u017f")


def folded_required_strings(pattern: re.Pattern[str]) -> Strings | None:
    """For a case-insensitive `pattern` written in lower case: strings of which every match
    contains one in the lower-cased text (see `folded`), or None if that is not known."""
    source = pattern.pattern
    if not isinstance(source, str) or not pattern.flags & re.IGNORECASE:
        return None
    literal = re.sub(r"\\.", "", source)
    # Lower-case ASCII letters and characters without case ("£", "%"): each matches only
    # characters whose lower case it matches too.
    if any(c != c.lower() or (not c.isascii() and c != c.upper()) for c in literal):
        return None
    needed = required_strings(re.compile(source, pattern.flags & ~re.IGNORECASE))
    # "hour" in the text already answers for "hours": test the shortest strings only.
    return (
        None
        if needed is None
        else frozenset(s for s in needed if not any(t != s and t in s for t in needed))
    )


def folded(text: str) -> str | None:
    """The text as `folded_required_strings` tests it (lower case), or None when it holds a
    character whose case the test cannot follow (then search it whole)."""
    return None if not _ODD_CASES.isdisjoint(text) else text.lower()


# Letters by how common they are in English text: a rare one makes a good key.
_COMMON = " etaoinsrhldcumfpgwybvk'9xjqz"


class Needles:
    """Which of many strings occur in a text, found without testing every one of them.

    Each string of three or more characters is filed under its rarest three-letter piece; a
    text's pieces pick the few strings worth testing. Shorter strings are always tested.
    """

    def __init__(self, strings: set[str]) -> None:
        self._short = tuple(sorted(s for s in strings if len(s) < 3))
        self._by_piece: dict[str, list[str]] = {}
        for text in sorted(s for s in strings if len(s) >= 3):
            pieces = {text[i : i + 3] for i in range(len(text) - 2)}
            key = min(pieces, key=lambda p: (-sum(map(_rarity, p)), p))
            self._by_piece.setdefault(key, []).append(text)

    def found(self, text: str) -> set[str]:
        """The strings that occur in `text`."""
        out = {s for s in self._short if s in text}
        add = out.add
        get = self._by_piece.get
        for piece in {text[i : i + 3] for i in range(len(text) - 2)}:
            candidates = get(piece)
            if candidates is not None:
                for string in candidates:
                    if string in text:
                        add(string)
        return out


def _rarity(char: str) -> int:
    index = _COMMON.find(char)
    return len(_COMMON) if index < 0 else index


def _useful(strings: Strings | None) -> bool:
    return bool(strings) and min(map(len, strings or ())) > 0 and len(strings or ()) <= _MAX_UNION


def _best(candidates: list[Strings]) -> Strings | None:
    """The most telling of several requirements: strings of 3+ letters, then the fewest."""
    useful = [c for c in candidates if _useful(c)]
    if not useful:
        return None
    return max(useful, key=lambda c: (min(min(map(len, c)), 3), -len(c), min(map(len, c))))


def _sequence(items: list[Any]) -> Analysis:
    """A run of pieces one after another: exact texts multiply, any piece's need holds."""
    candidates: list[Strings] = []
    run: set[str] = {""}
    whole_exact = True
    for op, arg in items:
        exact, needed = _item(op, arg)
        if exact is not None:
            product = {a + b for a in run for b in exact}
            if len(product) <= _MAX_PRODUCT:
                run = product
                continue
            candidates.append(frozenset(run))
            run = set(exact)
            whole_exact = False
            continue
        whole_exact = False
        candidates.append(frozenset(run))
        run = {""}
        if needed is not None:
            candidates.append(needed)
    candidates.append(frozenset(run))
    return (frozenset(run) if whole_exact else None), _best(candidates)


def _item(op: Any, arg: Any) -> Analysis:
    assert _c is not None
    if op is _c.LITERAL:
        return frozenset({chr(arg)}), None
    if op is _c.AT:
        # \b, ^, $: zero width, they match no text.
        return frozenset({""}), None
    if op is _c.IN:
        if all(kind is _c.LITERAL for kind, _ in arg) and len(arg) <= _MAX_PRODUCT:
            return frozenset(chr(code) for _, code in arg), None
        return _NOTHING
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = arg
        if (add_flags | del_flags) & (re.IGNORECASE | re.VERBOSE):
            return _NOTHING
        return _sequence(list(sub))
    if op is _c.BRANCH:
        return _branch([_sequence(list(alt)) for alt in arg[1]])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, sub = arg
        exact, needed = _sequence(list(sub))
        if low == 0:
            if high == 1 and exact is not None:
                return exact | {""}, None
            return _NOTHING
        if low == high == 1:
            return exact, needed
        return None, _best([c for c in (exact, needed) if c is not None])
    return _NOTHING


def _branch(parts: list[Analysis]) -> Analysis:
    """Alternatives: exact when each is; else each must say what it needs."""
    if all(exact is not None for exact, _ in parts):
        union = frozenset().union(*(exact or () for exact, _ in parts))
        if len(union) <= _MAX_PRODUCT:
            return union, None
    needs: list[Strings] = []
    for exact, needed in parts:
        own = _best([c for c in (exact, needed) if c is not None])
        if own is None:
            return _NOTHING
        needs.append(own)
    union = frozenset().union(*needs)
    return None, union if len(union) <= _MAX_UNION else None
