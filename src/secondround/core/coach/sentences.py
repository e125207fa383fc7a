"""Split an answer into sentences with their character offsets in the input.

Written answers may be bullet fragments, one per line; spoken transcripts run on with "and so"
for a minute. A small rule-based splitter handles both and is fast enough for long answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "approx", "dept", "fig", "inc",
    "ltd", "co", "e.g", "i.e", "eg", "ie", "cf", "al", "no", "nos",
))  # fmt: skip
_LAST_WORD = re.compile(r"([A-Za-z.]+)$")
_BULLET = re.compile(r"[ \t]*(?:[-*•·–—▪◦►>]|\(?\d{1,2}[.)]|\(?[a-zA-Z][)])[ \t]+")
# A sentence ends at . ! ? … (with closing quotes or brackets) before a space and a likely start.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9£$€])|[.!?…]+[\"'”’)\]]*(?=\s*$)")
_WORD = re.compile(r"[A-Za-z0-9À-ɏ'’]+")
# Where a spoken run-on sentence can be cut: a conjunction that starts a new step of the story.
_RUN_ON_CUT = re.compile(
    r"(?:[,;]\s+|\s+)(?=(?:and\s+)?(?:so\s+then|so|then|after\s+that|but\s+then|in\s+the\s+end|"
    r"which\s+meant)\s+(?:I|we|i|the|it|he|she|they|my|our)\b)"
    r"|;\s+"
)
RUN_ON_WORDS = 45
MIN_PIECE_WORDS = 8


@dataclass(frozen=True)
class Span:
    """A sentence's text and where it sits in the input: text == source[start:end]."""

    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Span]:
    """Sentences of `text` in order; text with no letters or digits yields none."""
    spans: list[Span] = []
    for start, end in _lines(text):
        for s, e in _sentences_in(text, start, end):
            for s2, e2 in _cut_run_on(text, s, e):
                span = _trim(text, s2, e2)
                if span is not None:
                    spans.append(span)
    return spans


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _lines(text: str) -> list[tuple[int, int]]:
    """Blocks that cannot share a sentence: paragraphs, bullet lines, and lines that end a thought.

    A hard-wrapped line (next line starting in lower case) is joined to the next one.
    """
    blocks: list[tuple[int, int]] = []
    start = 0
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        line_start = pos
        pos += len(line) + 1
        bullet = _BULLET.match(line)
        if bullet:
            if start < line_start:
                blocks.append((start, line_start))
            blocks.append((line_start + bullet.end(), line_start + len(line)))
            start = pos
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        joins = bool(line.strip()) and nxt[:1].islower()
        if not joins:
            blocks.append((start, line_start + len(line)))
            start = pos
    if start < len(text):
        blocks.append((start, len(text)))
    return [(s, e) for s, e in blocks if s < e]


def _sentences_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    block = text[start:end]
    begin = 0
    for match in _END.finditer(block):
        if match.group().startswith(".") and _is_abbreviation(block, match.start()):
            continue
        pieces.append((start + begin, start + match.end()))
        begin = match.end()
    if begin < len(block):
        pieces.append((start + begin, end))
    return pieces


def _is_abbreviation(block: str, dot: int) -> bool:
    word = _LAST_WORD.search(block[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    # A single capital letter is an initial ("J. Smith"); "No." is an abbreviation before a number.
    return token in _ABBREVIATIONS or (len(token) == 1 and word.group(1).isupper())


def _cut_run_on(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a very long spoken sentence where a new step of the story begins."""
    piece = text[start:end]
    if word_count(piece) <= RUN_ON_WORDS:
        return [(start, end)]
    cuts = [m.end() for m in _RUN_ON_CUT.finditer(piece)]
    out: list[tuple[int, int]] = []
    begin = 0
    for cut in cuts:
        if (
            word_count(piece[begin:cut]) >= MIN_PIECE_WORDS
            and word_count(piece[cut:]) >= MIN_PIECE_WORDS
        ):
            out.append((start + begin, start + cut))
            begin = cut
    out.append((start + begin, end))
    return out


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    chunk = text[start:end]
    if not any(c.isalnum() for c in chunk):
        return None
    return Span(start, end, chunk)
