"""Phrases found in any word form: a light stemmer, a tokeniser that keeps offsets, an index.

"work in teams" finds "working in teams", "organisational skills" finds "organizational skill".
Phrases are written in plain words with three marks (see data/jobs/triggers.yaml): `word*` for any
word starting so, `=word` for exactly that word, and `...` for up to two words in between.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# Hyphens (also Word's non-breaking ones) split words, so "fast-paced" and "fast paced" are the
# same phrase; "&" reads as "and".
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?|&")
# Characters that may sit between two words of one phrase; anything else (a comma, a full stop, a
# line break) ends the phrase, so "lead. The team" is not "lead ... team".
_JOINERS = frozenset(" \t-‐‑–—/'’\"*_+")
_JOINER_CHARS = "".join(sorted(_JOINERS))
_GAP_WORDS = 2
_ENDINGS_ISE = (
    ("isational", "is"), ("izational", "is"), ("isations", "is"), ("izations", "is"),
    ("isation", "is"), ("ization", "is"), ("ising", "is"), ("izing", "is"), ("ised", "is"),
    ("ized", "is"), ("ises", "is"), ("izes", "is"), ("ise", "is"), ("ize", "is"),
)  # fmt: skip


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem that maps a word's common forms to one string (not always a real word).

    Only consistency matters: a phrase and a text are stemmed the same way.
    """
    w = word.lower().replace("’", "'")
    if w == "&":
        return "and"
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3:
        return w
    for ending, replacement in _ENDINGS_ISE:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)] + replacement
    if w.endswith(("ies", "ied")) and len(w) > 4:
        return w[:-3] + "y"
    for ending in ("ing", "ed"):
        if w.endswith(ending) and len(w) - len(ending) >= 3 and not w.endswith("eed"):
            return _undouble(w[: -len(ending)]).rstrip("e")
    if w.endswith("es") and len(w) > 4 and not w.endswith(("ies", "ses", "xes", "ches", "shes")):
        return _undouble(w[:-2])
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return _undouble(w)


def _undouble(w: str) -> str:
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        return w[:-1]
    return w


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    lower: str
    stem: str
    # True when punctuation or a line break separates this word from the one before it.
    breaks: bool


def tokens(text: str) -> list[Token]:
    """The words of a text with their offsets, stems and whether punctuation precedes them."""
    out: list[Token] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        gap = text[previous_end : match.start()]
        # Stripping the joiners leaves something when anything else sits between the words.
        breaks = not out or bool(gap.strip(_JOINER_CHARS))
        word = match.group()
        out.append(Token(match.start(), match.end(), word.lower(), stem(word), breaks))
        previous_end = match.end()
    return out


@dataclass(frozen=True)
class Phrase:
    """A phrase as written, what it stands for (a competency key, or None to exclude), its parts."""

    label: str | None
    text: str
    parts: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Hit:
    """One phrase found in a text: the label, the exact span and the phrase that found it."""

    label: str | None
    start: int
    end: int
    text: str
    phrase: str


def compile_phrase(label: str | None, text: str) -> Phrase:
    """Parse one phrase; ValueError when it cannot match anything sensible."""
    parts: list[tuple[str, str]] = []
    for raw in text.lower().replace("-", " ").split():
        if raw == "...":
            parts.append(("gap", ""))
        elif raw.endswith("*"):
            if len(raw) < 4:
                raise ValueError(f"{text!r}: a word* needs at least three letters.")
            parts.append(("prefix", raw[:-1]))
        elif raw.startswith("="):
            parts.append(("exact", raw[1:]))
        else:
            words = [t.lower for t in tokens(raw)]
            parts.extend(("stem", stem(w)) for w in words)
    if not parts or parts[0][0] == "gap" or parts[-1][0] == "gap":
        raise ValueError(f"{text!r}: a phrase must start and end with a word.")
    return Phrase(label, text, tuple(parts))


class PhraseIndex:
    """Finds many phrases at once: each word of the text is looked up by its stem or prefix."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self._by_stem: dict[str, list[Phrase]] = {}
        self._by_exact: dict[str, list[Phrase]] = {}
        self._by_prefix: dict[str, list[Phrase]] = {}
        self.size = 0
        for phrase in phrases:
            kind, value = phrase.parts[0]
            if kind == "prefix":
                self._by_prefix.setdefault(value[:3], []).append(phrase)
            else:
                table = self._by_exact if kind == "exact" else self._by_stem
                table.setdefault(value, []).append(phrase)
            self.size += 1

    def find_all(self, text: str, words: list[Token] | None = None) -> list[Hit]:
        """Every match of every phrase, overlapping ones included, left to right."""
        words = tokens(text) if words is None else words
        hits: list[Hit] = []
        count = len(words)
        by_stem, by_exact, by_prefix = self._by_stem, self._by_exact, self._by_prefix
        for i, token in enumerate(words):
            candidates = [
                *by_stem.get(token.stem, ()),
                *by_exact.get(token.lower, ()),
                *(
                    p
                    for p in by_prefix.get(token.lower[:3], ())
                    if token.lower.startswith(p.parts[0][1])
                ),
            ]
            if not candidates:
                continue
            following = words[i + 1] if i + 1 < count else None
            for phrase in candidates:
                parts = phrase.parts
                if len(parts) > 1 and parts[1][0] != "gap":
                    # Most phrases sharing a first word part at the second: the same test
                    # `_match` makes there, without its call.
                    kind, value = parts[1]
                    if following is None or following.breaks or not _fits(kind, value, following):
                        continue
                end = _match(parts, words, i)
                if end is not None:
                    start_char, end_char = token.start, words[end - 1].end
                    hits.append(
                        Hit(
                            phrase.label,
                            start_char,
                            end_char,
                            text[start_char:end_char],
                            phrase.text,
                        )
                    )
        return hits

    def find(self, text: str, words: list[Token] | None = None) -> list[Hit]:
        """Matches that do not overlap: the longest wins, then an exclusion, then the earliest.

        Exclusions (label None) take their span but are not returned.
        """
        # Spans taken so far, disjoint and sorted, so one look-up tells if a hit overlaps them.
        starts: list[int] = []
        ends: list[int] = []
        kept: list[Hit] = []
        ranked = sorted(
            self.find_all(text, words),
            key=lambda h: (-(h.end - h.start), h.label is not None, h.start),
        )
        for hit in ranked:
            at = bisect_left(starts, hit.end)
            if at and ends[at - 1] > hit.start:
                continue
            starts.insert(at, hit.start)
            ends.insert(at, hit.end)
            if hit.label is not None:
                kept.append(hit)
        return sorted(kept, key=lambda h: h.start)


def _fits(kind: str, value: str, token: Token) -> bool:
    if kind == "stem":
        return token.stem == value
    if kind == "exact":
        return token.lower == value
    return token.lower.startswith(value)


def _match(parts: tuple[tuple[str, str], ...], words: list[Token], i: int) -> int | None:
    """The index after the last word of `parts` matched from word i, or None."""
    return _go(parts, words, 0, i)


def _go(parts: tuple[tuple[str, str], ...], words: list[Token], p: int, t: int) -> int | None:
    # Word by word while there is no gap; a gap tries each number of words it may skip.
    while p < len(parts):
        kind, value = parts[p]
        if kind == "gap":
            for skip in range(_GAP_WORDS + 1):
                # A gap may not jump over punctuation either.
                if t + skip > len(words) or any(w.breaks for w in words[t : t + skip + 1]):
                    break
                found = _go(parts, words, p + 1, t + skip)
                if found is not None:
                    return found
            return None
        if t >= len(words) or (p > 0 and words[t].breaks) or not _fits(kind, value, words[t]):
            return None
        p += 1
        t += 1
    return t
