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
_THINGS = (
    r"my|the|a|an|some|any|their|our|his|her|\d+|two|three|four|five|(?:{VERB})|"
    # ", and i'll confirm the dates": the candidate's own next commitment.
    r"i'?ll|i will|i'?d|i said|i told|i promised|i need to|need to"
)
_VERBS = (
    r"send|email|e-mail|share|forward|think|look|prepare|bring|put|write|draft|check|confirm|"
    r"call|ring|book|submit|complete|sign|find|chase|ask|get|update|provide|read|review|follow|"
    r"dig|sort|fill|let|tell|renew|buy|post|apply|register|arrange|order"
)
_SPLIT = re.compile(
    _JOINER.pattern.replace("{THING}", _THINGS.replace("{VERB}", _VERBS)).replace("{VERB}", _VERBS)
)
_STARTS_WITH_VERB = re.compile(rf"^(?:to\s+)?(?:{_VERBS})\b", re.IGNORECASE)
# The candidate's own words before the thing to do: "i'll", "i said i'd", "need to".
_OWN_LEAD = re.compile(
    r"^(?:(?:and|also|then)\s+)?(?:i\s+(?:said|told \w+|promised)\s+(?:that\s+)?)?"
    r"(?:i'?ll|i will|i'?d|i would|i need to|need to|i must|must|(?:i )?(?:have|got) to|gotta)"
    r"(?:\s*:)?\s+",
    re.IGNORECASE,
)
# "owe her:", "owe Mrs Okoro:", "owe lloyd:": who is owed, before the list of what.
_OWED_TO = r"owe(?: (?:mrs?|ms|dr)\.?)?(?: [\w'’-]+)?"
_OPENING = re.compile(
    rf"^(?:to[- ]?do|promised|need to send|send|{_OWED_TO})\s*:\s*", re.IGNORECASE
)


# In a list after "send:" every comma or "+" starts another thing: "send: payslip, p45, 2 refs".
_LIST_SPLIT = re.compile(r"\s+(?:\+|&)\s*|,?\s+and\s+|,\s*(?:\+\s*|and\s+)?")
# "send:", "i'll send:", "to send -": a list of things promised follows.
LIST_OPENING = re.compile(
    rf"\b(?:{_VERBS}|to[- ]?do|bring|need to send|{_OWED_TO})\s*[:：]\s*",
    re.IGNORECASE,
)


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


def own_todo(words: str) -> str | None:
    """The to-do in the candidate's own words without "i said i'd", "i'll", "need to": "i said
    i'd get my form back" is "get my form back"; None when the words do not open so."""
    found = _OWN_LEAD.match(words.strip())
    return words.strip()[found.end() :] if found else None


def todo_of(part: str, first: str) -> str:
    """The to-do for one part: its own words if it starts with a verb, else the first part's verb
    before it ("2 refs" after "send the deck" is "send 2 refs")."""
    part = _OPENING.sub("", part.strip()).strip()
    part = _OWN_LEAD.sub("", part, count=1)
    if _STARTS_WITH_VERB.match(part):
        return re.sub(r"^to\s+", "", part, flags=re.IGNORECASE)
    send = cues().send.search(fold(first))
    verb = first[send.start() : send.end()] if send else "send"
    return f"{verb} {part}"
