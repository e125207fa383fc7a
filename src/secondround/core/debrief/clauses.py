"""Hurried notes cut into clauses: lines, bullets, "label:" prefixes, headings and sentences.

Each clause keeps its exact span of the notes, the heading it sits under ("Concerns:") and any
label it starts with ("todo:", "Q:"), since these say as much as the words do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from secondround.core.debrief.data import cues, fold

_BULLET = re.compile(
    r"^\s*(?:(?:=>|[-*•·–—>+~]|\d{1,2}[.)]|[a-z][.)](?=\s))\s*)?(?:\[[ xX✓]?\]\s*)?"
)
_MARKDOWN_HEADING = re.compile(r"^\s*#+\s*(.*?)\s*#*\s*$")
_LABEL = re.compile(r"([A-Za-z][\w '’/&-]{0,30}?)\s*[:：]\s*")
# Separators inside a line: semicolons, pipes and sentence ends. Not arrows: what follows one
# ("asked about budgets -> said no") belongs with what comes before it.
_SPLIT = re.compile(r"\s*(?:;|\|)\s*|(?<=[.!?])\s+(?=\S)")
_ABBREVIATED = re.compile(
    r"\b(?:e\.g|i\.e|etc|vs|approx|dr|mr|mrs|ms|st|inc|ltd|co|no|ext|dept|min|mins|hr|hrs|"
    r"[A-Za-z])\.$",
    re.IGNORECASE,
)
_QUOTES = re.compile(r'["“”]')
# A sentence longer than this with commas in it is a run-on: several clauses typed as one.
_RUN_ON_WORDS = 40
_RUN_ON = re.compile(
    r",\s+(?=(?:i|i'm|im|i'd|i've|i'll|she|he|they|they'll|she'll|he'll|we|also|then|next|"
    r"promised|forgot|but|so|and i|and she|and he|and they)\b)",
    re.IGNORECASE,
)
_QUESTION_LABELS = frozenset({"q", "question", "qs", "they asked", "asked"})
_ANSWER_LABELS = frozenset({"a", "answer", "my answer", "i said", "me"})
_MAX_HEADING_WORDS = 6
_BARE_HEADING_WORDS = 3
# A label of one or two words names its kind anywhere in it ("design team:" is about the team).
_LOOSE_LABEL_WORDS = 2


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    text: str
    # The kind named by the heading above or by a "label:" at the start ("concerns", ...).
    heading: str | None
    label: str | None
    question: bool
    answer: bool
    line: int


def split_clauses(notes: str) -> list[Clause]:
    """The clauses of the notes, in order, each with its span and context."""
    out: list[Clause] = []
    heading: str | None = None
    after_blank = False
    offset = 0
    for number, raw in enumerate(notes.splitlines(keepends=True)):
        line_start = offset
        offset += len(raw)
        line = raw.rstrip("\r\n")
        if not line.strip():
            after_blank = True
            continue
        bullet = _BULLET.match(line)
        body_start = bullet.end() if bullet else 0
        indented = line[:1].isspace() or (bullet is not None and bullet.group().strip() != "")
        if after_blank and not indented:
            # A new paragraph without a bullet leaves the heading's list.
            heading = None
        after_blank = False
        is_heading, kind = _heading(line[body_start:])
        if is_heading:
            heading = kind
            continue
        label: str | None = None
        question = answer = False
        labelled = _LABEL.match(line, body_start)
        if labelled:
            name = labelled.group(1).strip().lower()
            label = _kind_of(name, whole=len(name.split()) > _LOOSE_LABEL_WORDS)
            question = name in _QUESTION_LABELS
            answer = name in _ANSWER_LABELS
            if label or question or answer:
                body_start = labelled.end()
        for index, (start, end) in enumerate(_pieces(line, body_start)):
            out.append(
                Clause(
                    start=line_start + start,
                    end=line_start + end,
                    text=line[start:end],
                    heading=heading,
                    label=label,
                    question=question and index == 0,
                    answer=answer,
                    line=number,
                )
            )
    return out


def _heading(body: str) -> tuple[bool, str | None]:
    """(is this line a heading, the kind it names or None)."""
    text = body.strip()
    markdown = _MARKDOWN_HEADING.match(text)
    if markdown:
        text = markdown.group(1)
    elif text.endswith((":", "：")):
        text = text[:-1]
    elif not (text.isupper() and len(text) > 3):
        # A bare "todo" or "next steps" line heads a list as surely as "Todo:".
        kind = _kind_of(text.lower()) if len(text.split()) <= _BARE_HEADING_WORDS else None
        return kind is not None, kind
    text = text.strip(" *_").strip()
    if not text or len(text.split()) > _MAX_HEADING_WORDS:
        return False, None
    return True, _kind_of(text.lower())


# Whose a heading's list is, in brackets after it: "Concerns (theirs)", "Worries (mine)".
_WHOSE = re.compile(r"\s*\((?:theirs|hers|his|them)\)\s*$")
_MINE = re.compile(r"\((?:mine|me|my own)\)\s*$")


def _kind_of(name: str, whole: bool = True) -> str | None:
    """The kind a heading names ("Concerns", "Concerns (theirs)"), or a label contains ("design
    team": facts). A heading of the candidate's own ("Worries (mine)") names none."""
    folded = fold(name)
    if _MINE.search(folded):
        return None
    folded = _WHOSE.sub("", folded)
    for kind, pattern in cues().headings.items():
        if pattern.fullmatch(folded) if whole else pattern.search(folded):
            return kind
    return None


def _run_on(line: str, begin: int, end: int) -> list[tuple[int, int]]:
    """A run-on sentence typed as one ("..., i promised to email the plan, they'll ring by 5")
    cut at each comma that opens a new clause; a sentence of usual length is left whole."""
    if len(line[begin:end].split()) <= _RUN_ON_WORDS:
        return [(begin, end)]
    out = []
    cursor = begin
    for match in _RUN_ON.finditer(line, begin, end):
        if len(_QUOTES.findall(line, cursor, match.start())) % 2 == 0:
            out.append((cursor, match.start()))
            cursor = match.end()
    out.append((cursor, end))
    return out


def _pieces(line: str, start: int) -> list[tuple[int, int]]:
    """Spans of the clauses of one line from `start`, trimmed of spaces and end punctuation."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _SPLIT.finditer(line, start):
        if match.group().strip() == "" and _ABBREVIATED.search(line[cursor : match.start()]):
            continue
        if len(_QUOTES.findall(line, cursor, match.start())) % 2:
            # '"how are you with nights? last 2 hires left"': a sentence end inside a quote.
            continue
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, len(line)))
    spans = [piece for begin, end in spans for piece in _run_on(line, begin, end)]
    out = []
    for begin, end in spans:
        piece = line[begin:end]
        stripped = piece.strip().rstrip(",.;:!-–— ").strip()
        if not re.search(r"[^\W_]", stripped):
            continue
        begin += piece.index(stripped[0])
        out.append((begin, begin + len(stripped)))
    return out
