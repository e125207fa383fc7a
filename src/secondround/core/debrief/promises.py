"""One to-do per promise: "send my portfolio + check my references are ok" is two things to do.

A promise clause is cut at "+", "&", ";", at "and" (not "health and safety", not "come and
see"), at a comma when what follows starts a new thing ("and the lesson plan", ", and to think
about…") or the clause is a list of three ("my enrolment letter, hep B cert, and DBS"), never
inside brackets except a list of referees ("refs (Jan at the hotel + my tutor)"). Each part keeps
its own span; a part without its own verb borrows the first part's ("send") for its to-do.

Whether a clause is the candidate's own promise at all is a speech act as much as a wording:
"i said i'd call IT first" answering "what would you do if…" is an answer, "he said he'd send
me that" is theirs, "she thinks i'll get bored" is their view of the candidate. `not_own` says
which; `commits` reads a promise in words no cue names ("I say I bring my DMV printout", "I must
to send", "and I'll brush up the code of practice"); `run_on_promises` finds the promises inside
a voice memo typed as one long clause.
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


# What the candidate hands over: a thing sent, brought or shared with them. An answer in a
# scenario is what they would do there ("call IT", "chase them", "have a word").
_DELIVERS = re.compile(
    # Things owed later, answers or not: "get back to him on", "think about the nights".
    r"\b(?:get|come) back to\b|\bthink (?:about|over|through)\b|\blook into\b|"
    r"\b(?:send|sending|email|e-mail|forward|share|post|bring|drop off|get back to|upload)\s*:?\s+"
    r"(?:them |her |him |it |you |\w+ )?(?:over |across |in )?"
    r"(?:my|the|a|an|some|copies|copy|me|them|it|those|these|\d|two|three|proof|references?|refs?|"
    r"photos?|samples?|links?|certs?|certificates?)\b"
)
# A question of theirs about what the candidate would do: the answer after it is no promise.
_SCENARIO = re.compile(
    r"\b(?:asked|asks|ask|wanted to know|quizzed me)\b[^.]{0,30}?\b(?:what|how|whether|if|who)\b"
    r"[^.]{0,20}?\bi(?:'?d| would| will|'ll| do| should| could|'m going to)\b|"
    r"\bwhat (?:would|will|do|should) (?:you|i) do\b|\bhow (?:would|will|do) you\b|"
    r"\bwhat if\b|\bscenario\b|\brole[- ]?play\b|\bsituation(?:al)?\b|\bhypothetical\b"
)
# An answer in a scenario, by its own words: what the candidate would usually do, or first.
_ANSWER = re.compile(
    r"(?:^|\b)(?:i\s+)?(?:said|say|told (?:her|him|them))\s+(?:that\s+)?"
    r"i\b|\bi(?:'?d| would) (?:usually|normally|always|first|probably)\b"
)
# Their question about what the candidate would do, with no answer of the candidate's after it:
# "she asked what I'd check on the trolley", "asked how i'd get them to do the checks".
_THEIR_QUESTION = re.compile(
    r"\b(?<!i )(?:asked|asks|wanted to know)\b(?:\s+(?:me|again|us))?,?\s+(?:how|what|which|who|"
    r"when)\b"
)
_OWN_ANSWER = re.compile(r"\bi (?:said|say|told|promised)\b|\bi'?ll\b|\bi will\b")
# Someone on their side who will act: "he said he'd send me that", "she'll email the pack".
_THEIRS = re.compile(
    r"^\W*(?:(?:and|but|also|then|so)\s+)?(?:she|he|they|hr|the (?:recruiter|manager|panel|"
    r"company|interviewer|agency)|[a-z]+ from hr)\s*(?:said\s+(?:she|he|they)\s*(?:'?d|'?ll|"
    r"would|will)|'ll|’ll|will|would|is going to|are going to|'?s going to|'?s gonna|is gonna|"
    r"'?re going to|promised|to|'?s sending|is sending|'?re sending|are sending)\b|"
    r"\b(?:that'?s|it'?s|thats|its) (?:hers|his|theirs) to\b|\bnot mine\b|"
    # What the job will ask of them: "you'd need to get the S endorsement in 6 months".
    r"\byou(?:'?d|'ll| will| would) (?:need|have) to\b|"
    # Nothing to do: "send nothing, they have everything", "not allowed, noncompete".
    r"\b(?:send|bring) nothing\b|\bnothing to (?:send|bring)\b|^\W*not allowed\b"
)
# Who is speaking or thinking, when not the candidate: "she", "nasreen", not "also" or "i".
_WHO = r"(?:she|he|they|(?!(?:also|and|then|so|but|i|i've|i'm)\b)[a-z]+)"
# Their view of the candidate: "thinks i'd chase the lorry", "nasreen said i'd get shouted at",
# "worried i'll find it isolating".
_THEIR_VIEW = re.compile(
    rf"^\W*(?:(?:and|but|also|then|so|i think|think)\s+)?(?:{_WHO}\s+"
    r"(?:(?:prob|probably|maybe|def)\s+)?(?:said|says|warned|joked)\s+|"
    rf"(?:{_WHO}\s+)?(?:(?:prob|probably|maybe|def)\s+)?"
    r"(?:thinks?|thought|reckons?|worried|worries|feels?|felt)\s+)"
    # "jo said i'd need to send: degree cert": what they asked for, a promise after all.
    r"(?:that\s+)?i(?:'?d| would|'ll| will| might)\b(?!\s+(?:need|have|must)\b)"
)


# The candidate's own lead after their words: "shes sending the details, i'll bring my tools".
_OWN_LATER = re.compile(r"[,;]\s*(?:and\s+)?i(?:'ll| will| said| promised| need)\b")
_LONE = re.compile(
    r"\W*(?:(?:i\s+)?(?:need to|must|will|'ll|have to)\s+)?(?:ask|check|chase|do|send|call|"
    r"follow up|confirm)\W*"
)
_PRACTICE = re.compile(
    r"^\W*(?:(?:also|and|then)\s+)?(?:prepare|prep|have|practi[cs]e|rehearse)\s+"
    r"(?:(?:a|an|my|some|two|three|\d|better|a real|a good)\s+)?(?:\w+\s+)?"
    r"(?:stor(?:y|ies)|examples?|answers?)\b|^\W*(?:prepare|practi[cs]e|rehearse)\s+how\b"
)


def delivers(text: str) -> bool:
    """Whether a clause hands something over to them: "send my certs", "bring copies"."""
    return _DELIVERS.search(fold(text)) is not None


def not_own(text: str, before: str = "") -> str | None:
    """Why a clause that reads as a promise is not the candidate's own, or None when it is:
    "theirs" (they will send it), "view" (what they think the candidate would do) or "answer"
    (what the candidate would do in the scenario they asked about, in `before` or earlier in
    the clause); a thing the candidate hands over stays a promise whatever was asked."""
    folded = fold(text).strip()
    if _THEIRS.search(folded) and not _OWN_LATER.search(folded):
        return "theirs"
    if folded.endswith("?") and folded.count("(") <= folded.count(")"):
        # "send my list of carrier contacts?": not yet promised, a question to oneself.
        return "unsure"
    if _LONE.fullmatch(folded):
        # "need to ask", "must check", "will do": no thing to do named.
        return "nothing"
    if _PRACTICE.match(folded):
        # "Prepare a story of disagreeing…", "have an example of…": practice for the next
        # round, not something promised to them.
        return "practice"
    view = _THEIR_VIEW.match(folded)
    if view and not folded.startswith(("i ", "i'")) and not _DELIVERS.search(folded, view.end()):
        return "view"
    question = _THEIR_QUESTION.match(folded)
    if question and not _OWN_ANSWER.search(folded, question.end()):
        return "question"
    if _DELIVERS.search(folded):
        return None
    answer = _ANSWER.search(folded)
    if answer and (_SCENARIO.search(fold(before)) or _SCENARIO.search(folded, 0, answer.start())):
        return "answer"
    if answer and re.search(r"\bi(?:'?d| would) (?:usually|normally|always|first)\b", folded):
        return "answer"
    return None


# Verbs the candidate commits to in words no cue names, after their own lead ("i'll", "must to",
# "i say i"): not "take", "make", "learn" ("i'll take the bus", "i will need to learn Epic").
_COMMIT_VERBS = (
    r"send|email|e-mail|share|forward|think|look|prepare|bring|write|draft|check|confirm|"
    r"call|ring|book|submit|complete|sign|find|chase|get back|update|provide|read|review|"
    r"dig|sort|fill|let|tell|renew|buy|post|apply|register|arrange|order|redo|re-?do|watch|"
    r"visit|practi[cs]e|revise|brush up|sit in|shadow|have a (?:think|look|go|read)|"
    r"drop off|set up|upload|reread|re-?read|re-?take|retake|enrol|enroll|"
    r"do (?:the|a|my|an|some|\d)|come (?:back|in|and)|work out|figure out|find out|"
    r"go through|go over|reply|attend"
)
_COMMITS = re.compile(
    r"^\W*(?:(?:and|also|then|plus|so)\s+)?(?:i\s*(?=')|i\s+)?(?:also\s+)?"
    r"(?:will|'ll|’ll|shall|am going to|'m going to|'m gonna|am gonna|need to|"
    r"have to|got to|am to|promised(?: to)?|promise(?: to)?|(?:say|said|have told|told)(?: \w+)? "
    r"(?:that )?i(?:'?d| would| will|'ll| must| to)?)"
    rf"\s+(?:also\s+)?(?:{_COMMIT_VERBS}|do|come)\b|"
    # "I must to send my diploma copy"; not "I must do ordering also", a duty of the job.
    r"^\W*(?:(?:and|also|then)\s+)?(?:i\s+)?(?:also\s+)?must(?: to)?\s+(?:send|email|bring|"
    r"forward|share|post|upload)\b|"
    # A bullet that is only the thing to do: "have a think about the bungalow", "look up the
    # behaviour policy", "watch the training vids", "📝 send: the case study".
    r"^\W*(?:(?:also|and|then|plus)\s+)?(?:have a (?:think|look|read)|think (?:about|of|through|"
    r"over)|look up|read up|brush up|watch|do (?:the|a|my) \w+|sit in|"
    r"(?:send|bring|email|forward)\s*:)|"
    # "i send her my GCP certificate", "I bring driver card, licence… Monday": in the present.
    r"^\W*i (?:also )?(?:send|bring|email|forward)\s+(?:her |him |them )?(?:(?:my|the|a|an|copies|"
    r"copy|\d)\b|(?=.*\b(?:today|tonight|tomorrow|tmrw|monday|tuesday|wednesday|thursday|"
    r"friday|mon|tues?|wed|thurs?|fri|by|before|next)\b))|"
    # What they need from the candidate: "ellie needs: my passport + referee details", "They
    # need my DBS done again and two references", "beata need my passport copy".
    r"^\W*(?:she|he|they|hr|[a-z]+)\s+(?:needs?|wants?)\s*(?::|(?:copies of |a copy of )?my\b)"
)
_THEY_NEED = re.compile(r"\b(?:needs?|wants?)\s*[:：]\s*")


def commits(text: str) -> bool:
    """Whether a clause opens with the candidate committing to do something, in any wording:
    "I'll also do the free training", "I say I bring my DMV printout", "look up the policy"."""
    return _COMMITS.match(fold(text)) is not None


# In a voice memo typed as one clause, where a promise starts: "... and I said I'd send him my
# spray log records and my certificates and I'd come and walk the course on Sunday ...".
_RUN_ON_OPEN = re.compile(
    r"\b(?:i said i(?:'?d| would| will)|i told (?:\w+ )?i(?:'?d| would| will)|i promised(?: to)?|"
    rf"i'?ll|i will|i need to|need to|i have to)\s+(?:also\s+)?(?:{_COMMIT_VERBS})\b"
)
# Where it ends: someone else's words, the next step, another sentence.
_RUN_ON_END = re.compile(
    r"\s(?:and|but|so)\s+(?:then\s+)?(?:she|he|they|it|we|you|next|so)\b|"
    r"\s(?:next step|next steps|anyway|oh and|also she|also he)\b|[.;!?](?:\s|$)"
)
_RUN_ON_WORDS = 30


def run_on_promises(text: str) -> list[tuple[int, int]]:
    """Spans (within `text`) of the promises inside a long clause typed with no punctuation,
    each from the candidate's own lead to where someone else speaks or the sentence turns, at
    most 30 words; none when the lead answers a scenario they asked about."""
    folded = fold(text)
    out: list[tuple[int, int]] = []
    cursor = 0
    for found in _RUN_ON_OPEN.finditer(folded):
        if found.start() < cursor:
            continue
        end_at = _RUN_ON_END.search(folded, found.end())
        end = end_at.start() if end_at else len(text)
        words = list(re.finditer(r"\S+", text[found.start() : end]))
        if len(words) > _RUN_ON_WORDS:
            end = found.start() + words[_RUN_ON_WORDS - 1].end()
        if not_own(text[found.start() : end], text[max(0, found.start() - 120) : found.start()]):
            continue
        out.append((found.start(), end))
        cursor = end
    return out


# After the next step, what the candidate is to bring or do for it: "trial week next mon, bring
# my own hand tools", "start mon if i want it, text rob by tmrw".
_TRAILING = re.compile(
    r",\s*(?:and\s+)?(?:(?:i\s*'?ll|i will|need to|i need to|must|have to)\s+)?"
    r"(?=(?:bring|send|email|text|ring|call|confirm|complete|fill in|book)\s+(?!back\b)\S)"
)


def trailing_todo(text: str) -> int | None:
    """Where, in a clause about the next step, the candidate's own to-do after a comma starts,
    or None: "assessment drive tues 7am, bring licence + cpc card" → at "bring"."""
    found = None
    for found in _TRAILING.finditer(fold(text)):  # noqa: B007 - the last one is the to-do
        continue
    if found is None or not_own(text[found.end() :]):
        return None
    return found.end()
