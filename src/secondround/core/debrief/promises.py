"""One to-do per promise: "send my portfolio + check my references are ok" is two things to do.

A promise clause is cut at "+", "&", ";", at "and" (not "health and safety", not "come and
see"), at a comma when what follows starts a new thing ("and the lesson plan", ", and to think
about…") or the clause is a list of three ("my enrolment letter, hep B cert, and DBS"), never
inside brackets except a list of referees ("refs (Jan at the hotel + my tutor)"). Each part keeps
its own span; a part without its own verb borrows the first part's ("send") for its to-do.
Whether a clause is the candidate's promise at all is `core/debrief/commitments.py`.
"""

from __future__ import annotations

import re

from secondround.core.debrief.data import cues, fold

# Verbs that start a thing to do of its own after "and" or a comma: "..., and do the drug test
# by fri", "+ watch the training vids", "and come back for a trial day".
_VERBS = (
    r"send|email|e-mail|share|forward|think|look|prepare|bring|put|write|draft|check|confirm|"
    r"call|ring|book|submit|complete|sign|find|chase|ask|get|update|provide|read|review|follow|"
    r"dig|sort|fill|let|tell|renew|buy|post|apply|register|arrange|order|"
    r"do|redo|watch|come|visit|try|practi[cs]e|learn|revise|brush|sit|shadow|have a|drop|pick|"
    r"set up|upload|download|install|take|give|reply|"
    r"finish|enrol|enroll|attend|join|reread|re-?read|re-?take|retake|re-?do|dig out|"
    r"work out|figure out|find out|go through|go over|make|pop"
)
_THINGS = (
    rf"my|the|a|an|some|any|their|our|his|her|copies|copy|\d+|two|three|four|five|{_VERBS}|"
    # ", and i'll confirm the dates", "and will get back to him": the candidate's own next
    # commitment, the "i" carried over.
    r"i'?ll|i will|i'?d|i would|i said|i told|i promised|i need to|need to|will|would|"
    r"i must|must|i have to|have to"
)
# After "and", what does not start another thing: a pronoun or a word that goes on with the
# sentence ("and then", "and she said"), or "i" not opening a commitment of the candidate's.
_GOES_ON = (
    r"(?!(?:then|so|that|this|it|its|it's|if|when|she|he|they|we|you|wait|see|how|what|why|or|"
    r"but|not|no|yes|said|says)\b)"
    r"(?!i\b(?!'?ll|'?d|\s+(?:will|would|said|told|promised|need|must|have|also|can)\b))"
)
# Pairs said as one thing ("health and safety", "terms and conditions", "city & guilds"), and
# verbs that take "and" for "to" ("come and see", "try and get"): the word before the "and" or
# "&" that is then no joint.
_BOUND = frozenset(
    [
        "health",
        "terms",
        "pros",
        "black",
        "q",
        "r",
        "b",
        "m",
        "p",
        "bed",
        "learning",
        "equality",
        "fire",
        "research",
        "oil",
        "sales",
        "food",
        "arts",
        "moving",
        "city",
        "come",
        "go",
        "try",
        "wait",
        "in",
    ]
)
_WORD_BEFORE = re.compile(r"([\w']+)\W*$")
_SPLIT = re.compile(
    rf"\s+\+\s*|\s+&\s*|"
    rf",?\s+and\s+(?:also\s+)?(?:to\s+)?{_GOES_ON}(?=\S)|"
    rf",\s+(?:and\s+)?(?:also\s+)?(?:to\s+)?(?=(?:{_THINGS})\b)"
)
# In a list after "send:" every comma or "+" starts another thing: "send: payslip, p45, 2 refs".
_LIST_SPLIT = re.compile(r"\s+(?:\+|&)\s*|,?\s+and\s+|,\s*(?:\+\s*|and\s+)?")
# Inside the brackets after "refs", each referee is a thing: "(Jan at the hotel + my tutor)",
# "(the head, Mrs Carver, and my neighbour)"; a bare comma there goes with the name.
_REFEREE_SPLIT = re.compile(r"\s+(?:\+|&)\s*|,?\s+and\s+")
_REFEREES = re.compile(r"\b(?:refs?|references?|referees?)\s*$")
_REFEREE_OPEN = re.compile(r"\b(?:refs?|references?|referees?)\s*\((?![^()]*\))")
# A list of three or more handed over, with no determiner to mark the things: "send my
# enrolment letter, hepatitis B certificate, and DBS"; its commas are cut where a space follows.
_SERIES_SPLIT = re.compile(r"\s+(?:\+|&)\s*|,?\s+and\s+|,\s+(?:\+\s*|and\s+)?")
_SERIES_ITEM_WORDS = 6
_HANDS_OVER = re.compile(r"^(?:send|email|e-mail|forward|share|post|bring|upload|drop off)\b")
# "my ACLS + PALS cards", "my Part 2 + Part 3 dates": two things of one kind, named once.
_SHARED_HEAD = re.compile(
    r"\b(?:certs|certificates|cards|dates|results|licen[cs]es|tickets|papers|docs|documents|"
    r"transcripts|numbers|contacts|qualifications|courses|modules|exams|badges|records|logs|"
    r"copies)\W*$"
)
_HEAD = re.compile(
    r"\b(?:cert|certificate|card|date|result|licen[cs]e|ticket|paper|doc|document|transcript|"
    r"number|contact|qualification|course|module|exam|badge|record|log|copy|copies)s?\W*$"
)
_SHARED_LEFT_WORDS = 5
_STARTS_WITH_VERB = re.compile(rf"^(?:to\s+)?(?:{_VERBS})\b", re.IGNORECASE)
# The candidate's own words before the thing to do: "i'll", "i said i'd", "need to", and the
# same in the English of someone whose first language is not English: "I must to send", "I say
# I bring", "I am to send", "I have told I will send".
_OWN_LEAD = re.compile(
    r"^(?:(?:and|also|then)\s+)?(?:i\s+(?:also\s+)?(?:said|say|told \w+|have told(?: \w+)?|"
    r"promised|promise)\s+(?:that\s+)?)?"
    r"(?:i'?ll|i will|i'?d|i would|i need to|need to|i must(?: to)?|must(?: to)?|i am to|"
    r"(?:i )?(?:have|got) to|gotta|i(?=\s+(?:send|bring|email|forward)\b)|"
    r"(?:i )?(?:also )?promised to|(?:i )?promise to|(?:i )?promised(?= \w+ (?:a|an|my|the)\b))"
    r"(?:\s+also)?(?:\s*:)?\s+",
    re.IGNORECASE,
)
# "owe her:", "owe Mrs Okoro:", "owe lloyd:": who is owed, before the list of what.
_OWED_TO = r"owe(?: (?:mrs?|ms|dr)\.?)?(?: [\w'’-]+)?"
_OPENING = re.compile(
    rf"^(?:to[- ]?do|promised|will do|said i(?: would|'?d)|need to send|send|{_OWED_TO})\s*:\s*",
    re.IGNORECASE,
)
# "send:", "i'll send:", "to send -", "will do:", "promised:", "refs:": a list of things promised.
LIST_OPENING = re.compile(
    rf"\b(?:{_VERBS}|to[- ]?do|bring|need to send|promised|will do|said i(?: would|'?d)|"
    rf"refs|references|needs?|wants|{_OWED_TO})\s*[:：]\s*",
    re.IGNORECASE,
)


def _bracketed(folded: str) -> list[int]:
    """For each character: 0 outside brackets, 1 inside brackets that list referees ("my refs
    (Jan + my tutor)"), 2 inside any other brackets."""
    out = [0] * len(folded)
    stack: list[int] = []
    for index, char in enumerate(folded):
        if char == "(":
            stack.append(1 if _REFEREES.search(folded[:index]) and not stack else 2)
        elif char == ")" and stack:
            stack.pop()
            continue
        out[index] = stack[-1] if stack else 0
    return out


def split_promise(text: str, listed: bool = False) -> list[tuple[int, int]]:
    """Spans (within `text`) of each separate thing promised, in order; `listed` when the text
    is a list after "send:", where every comma starts another thing."""
    folded = fold(text)
    opening = LIST_OPENING.search(text) if not listed else None
    if opening is not None:
        # "said i'd send: the repo link, the template": the list starts after the colon.
        listed = True
    begin = opening.end() if opening else 0
    inside = _bracketed(folded)
    splitter = _LIST_SPLIT if listed else _SERIES_SPLIT if _series(folded) else _SPLIT
    joints = [
        (m.start(), m.end())
        for m in splitter.finditer(folded, begin)
        if inside[m.start()] == 0 and not (splitter is _SPLIT and _bound(folded, m))
    ]
    joints += [
        (m.start(), m.end())
        for m in _REFEREE_SPLIT.finditer(folded, begin)
        if inside[m.start()] == 1
    ]
    joints = sorted(j for j in joints if j[0] > 0)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for index, (start, end) in enumerate(joints):
        if start < cursor:
            continue
        following = joints[index + 1][0] if index + 1 < len(joints) else len(text)
        if _one_kind(folded[cursor:start], folded[end:following]):
            continue
        spans.append((cursor, start))
        cursor = end
    spans.append((cursor, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip(" ()")]


def _bound(folded: str, joint: re.Match[str]) -> bool:
    """Whether an "and" or "&" joins a pair said as one thing ("health and safety")."""
    if "+" in joint.group() or "," in joint.group():
        return False
    before = _WORD_BEFORE.search(folded, max(0, joint.start() - 30), joint.start())
    return before is not None and before.group(1) in _BOUND


def _series(folded: str) -> bool:
    """Whether a clause hands over a list of three or more ("send A, B, and C"): its first part
    opens with handing over, its later parts are short and the last is joined by "and"."""
    flat = _flat(folded)
    parts = flat.split(",")
    lead = own_todo(parts[0]) or parts[0].strip()
    if len(parts) < 3 or not _HANDS_OVER.match(lead):
        return False
    if any(len(p.split()) > _SERIES_ITEM_WORDS for p in parts[1:-1]):
        return False
    last = parts[-1].strip()
    return last.startswith(("and ", "& ", "+ ")) or " and " in last


def _one_kind(left: str, right: str) -> bool:
    """Whether the parts either side of a joint name two things of one kind once ("my ACLS +
    PALS cards"): a short left part with no head noun of its own before a right one ending in
    the plural head."""
    words = left.split()
    return (
        _SHARED_HEAD.search(right.strip()) is not None
        and 0 < len(words) <= _SHARED_LEFT_WORDS
        and "," not in left
        and _HEAD.search(left.strip()) is None
        and not _STARTS_WITH_VERB.match(right.strip())
    )


def _flat(folded: str) -> str:
    """The text with what is inside brackets blanked, so a list is read at its top level."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), folded)


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
    referee = part.count(")") > part.count("(") and _REFEREE_OPEN.search(fold(first))
    part = _unbalanced(part)
    if referee:
        # "(my old head chef + the deli owner)": the second referee's reference.
        return f"send the reference from {part}"
    if _STARTS_WITH_VERB.match(part):
        return re.sub(r"^to\s+", "", part, flags=re.IGNORECASE)
    send = cues().send.search(fold(first))
    verb = first[send.start() : send.end()] if send else "send"
    return f"{verb} {part}"


def imperative(todo: str) -> str:
    """The to-do opening with what to do: a line under "Owe" with no verb ("portfolio link") is
    something to send ("send portfolio link")."""
    words = _unbalanced(_JOINED.sub("", todo.strip()))
    own = own_todo(words)
    if own:
        words = own
    if _STARTS_WITH_VERB.match(words) or cues().send.match(fold(words)):
        return words
    return f"send {words}"


_JOINED = re.compile(r"^(?:(?:also|and|then|plus|\+|&)\s+)+(?=\S)", re.IGNORECASE)


def _unbalanced(words: str) -> str:
    """The words without a bracket the cut left unpaired: "my current boss)", "two refs (my
    old head chef" (as "two refs: my old head chef")."""
    if words.count("(") < words.count(")") and words.endswith(")"):
        words = words[:-1].rstrip()
    if words.count("(") > words.count(")") and words.startswith("("):
        words = words[1:].lstrip()
    elif words.count("(") > words.count(")"):
        words = re.sub(r"\s*\((?!.*\()", ": ", words)
    return words
