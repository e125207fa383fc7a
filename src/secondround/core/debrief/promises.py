"""One to-do per promise: "send my portfolio + check my references are ok" is two things to do.

A promise clause is cut at "+", "&", ";" and at "and" or a comma when what follows starts a new
thing ("and the lesson plan", ", and to think about…"), never inside brackets. Each part keeps its
own span; a part without its own verb borrows the first part's ("send") for its to-do.
"""

from __future__ import annotations

import re

from secondround.core.debrief.data import cues, fold

_JOINER = re.compile(
    r"\s+(?:\+|&)\s*|,?\s+and\s+(?:also\s+)?(?:to\s+)?(?=(?:{THING})\b)|,\s+(?:and\s+)?(?:to\s+)?(?=(?:{VERB})\b)"
)
_THINGS = r"my|the|a|an|some|any|their|our|his|her|\d+|two|three|four|five|(?:{VERB})"
_VERBS = (
    r"send|email|e-mail|share|forward|think|look|prepare|bring|put|write|draft|check|confirm|"
    r"call|ring|book|submit|complete|sign|find|chase|ask|get|update|provide|read|review|follow|"
    r"dig|sort|fill|let"
)
_SPLIT = re.compile(
    _JOINER.pattern.replace("{THING}", _THINGS.replace("{VERB}", _VERBS)).replace("{VERB}", _VERBS)
)
_STARTS_WITH_VERB = re.compile(rf"^(?:to\s+)?(?:{_VERBS})\b", re.IGNORECASE)
_OPENING = re.compile(r"^(?:to[- ]?do|promised|need to send|send)\s*:\s*", re.IGNORECASE)


# In a list after "send:" every comma or "+" starts another thing: "send: payslip, p45, 2 refs".
_LIST_SPLIT = re.compile(r"\s+(?:\+|&)\s*|,?\s+and\s+|,\s*(?:\+\s*|and\s+)?")
# "send:", "i'll send:", "to send -": a list of things promised follows.
LIST_OPENING = re.compile(rf"\b(?:{_VERBS}|to[- ]?do|bring|need to send)\s*[:：]\s*", re.IGNORECASE)


def split_promise(text: str, listed: bool = False) -> list[tuple[int, int]]:
    """Spans (within `text`) of each separate thing promised, in order; `listed` when the text
    is a list after "send:", where every comma starts another thing."""
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    cursor = 0
    depth = 0
    last = 0
    opening = LIST_OPENING.search(text) if not listed else None
    if opening is not None:
        # "said i'd send: the repo link, the template": the list starts after the colon.
        listed = True
    splitter = _LIST_SPLIT if listed else _SPLIT
    for match in splitter.finditer(folded, opening.end() if opening else 0):
        depth += folded.count("(", last, match.start()) - folded.count(")", last, match.start())
        last = match.start()
        if depth > 0 or match.start() == 0:
            continue
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def todo_of(part: str, first: str) -> str:
    """The to-do for one part: its own words if it starts with a verb, else the first part's verb
    before it ("2 refs" after "send the deck" is "send 2 refs")."""
    part = _OPENING.sub("", part.strip()).strip()
    if _STARTS_WITH_VERB.match(part):
        return re.sub(r"^to\s+", "", part, flags=re.IGNORECASE)
    send = cues().send.search(fold(first))
    verb = first[send.start() : send.end()] if send else "send"
    return f"{verb} {part}"
