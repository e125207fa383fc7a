"""Where a phrase sits in an advert: under "What you'll need", on a line marked essential...

Adverts say what matters by their layout (a requirements section, an "Essential:" header) and by
words on the line ("must", "desirable"). Each line of the advert gets the section it is in and the
markers it carries; `strength` then says how much a phrase at a given offset counts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from secondround.core.jobs.data import section_cues
from secondround.core.text.phrases import Hit

_BULLET = re.compile(r"^\s*(?:[-*•·–—]|\d{1,2}[.)])\s+")
_MAX_HEADER_WORDS = 8
# A line without a colon or markdown is a header only if header words make up most of it.
_HEADER_COVER = 0.6
_SECTION_RANK = {"desirable": 0, "essential": 1, "requirements": 2, "other": 3}


@dataclass(frozen=True)
class AdLine:
    start: int
    end: int
    # essential / requirements / desirable / other, or None before the first header.
    section: str | None
    markers: tuple[tuple[int, str], ...]


class Layout:
    """The lines of one advert, for looking up how strongly a phrase at an offset counts."""

    def __init__(self, text: str) -> None:
        self.lines = _lines(text)
        self._starts = [line.start for line in self.lines]

    def strength(self, offset: int) -> str:
        """ "essential", "required", "desirable" or "plain" for a phrase starting at offset."""
        index = bisect_right(self._starts, offset) - 1
        if index < 0:
            return "plain"
        line = self.lines[index]
        marker = min(line.markers, key=lambda m: abs(m[0] - offset))[1] if line.markers else None
        if marker == "desirable" or (line.section == "desirable" and marker is None):
            return "desirable"
        if marker == "essential" or line.section == "essential":
            return "essential"
        return "required" if line.section == "requirements" else "plain"


def _lines(text: str) -> list[AdLine]:
    headers, markers = section_cues()
    out: list[AdLine] = []
    section: str | None = None
    offset = 0
    for raw in text.splitlines(keepends=True):
        start, end = offset, offset + len(raw.rstrip("\r\n"))
        offset += len(raw)
        line = text[start:end]
        kind, rest = _header(line, headers.find(line))
        own = section
        if kind is not None and rest:
            # "Essential: 3 years of SQL" labels this line only.
            own = kind
        elif kind is not None:
            section = own = kind
        found = tuple((start + h.start, str(h.label)) for h in markers.find(line))
        out.append(AdLine(start, end, own, found))
    return out


def _header(line: str, hits: list[Hit]) -> tuple[str | None, str]:
    """(section kind, text after the header's colon) if the line is a header, else (None, "")."""
    stripped = line.strip()
    head, colon, rest = stripped.partition(":")
    title = head.strip("#*_ ")
    if not title or len(title.split()) > _MAX_HEADER_WORDS:
        return None, ""
    head_end = len(line) - len(line.lstrip()) + len(head)
    named = [h for h in hits if h.start < head_end]
    bullet = _BULLET.match(line) is not None
    if colon:
        # "What you'll need:" heads a section and "Essential: SQL" labels its own line; a colon
        # after other words ("Note: ...", "- Budget: £2m") is only punctuation.
        if named or (not bullet and not rest.strip()):
            return _kind(named), rest.strip()
        return None, ""
    if bullet or title.endswith((".", "!", "?")):
        return None, ""
    marked = (
        stripped.startswith("#")
        or (stripped.startswith("**") and stripped.endswith("**"))
        or (title.isupper() and len(title) > 3)
    )
    covered = sum(h.end - h.start for h in named)
    if marked or (named and covered >= _HEADER_COVER * len(title)):
        return _kind(named), ""
    return None, ""


def _kind(hits: list[Hit]) -> str:
    labels = [str(h.label) for h in hits]
    return min(labels, key=_SECTION_RANK.__getitem__) if labels else "other"
