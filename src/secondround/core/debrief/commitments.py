"""Whether a clause is the candidate's own commitment: a speech act as much as a wording.

"i said i'd call IT first" answering "what would you do if…" is an answer, "he said he'd send me
that" is theirs, "she thinks i'll get bored" is their view of the candidate: `not_own` says which.
`commits` reads a promise in words no cue names ("I say I bring my DMV printout", "I must to
send", "and I'll brush up the code of practice"); `run_on_promises` finds the promises inside a
voice memo typed as one long clause, `trailing_todo` the to-do after the next step ("trial shift
sat, bring my knives"). The to-dos themselves are cut by `core/debrief/promises.py`.
"""

from __future__ import annotations

import re

from secondround.core.debrief.data import fold

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
_OWN_ANSWER = re.compile(
    r"\bi (?:said|say|told|promised)\b|[,;.—–-]\s*(?:so\s+|and\s+)?i(?:'ll| will)\b"
)
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
_OWN_LATER = re.compile(
    r"[,;]\s*(?:and\s+)?i(?:'ll| will| said(?!\s+(?:fine|ok|okay|yes|yeah|sure|no)\b)| promised| "
    r"need)\b"
)
_LONE = re.compile(
    r"\W*(?:(?:i\s+)?(?:need to|must|will|'ll|have to)\s+)?(?:ask|check|chase|do|send|call|"
    r"follow up|confirm)\W*"
)
_PRACTICE = re.compile(
    r"^\W*(?:(?:also|and|then)\s+)?(?:prepare|prep|have|practi[cs]e|rehearse)\s+"
    r"(?:(?:a|an|my|some|two|three|\d|better|a real|a good)\s+)?(?:\w+\s+)?"
    r"(?:stor(?:y|ies)|examples?|answers?)\b|^\W*(?:prepare|practi[cs]e|rehearse)\s+how\b"
)


# A part after a joint that only comments on the to-do before it: "+ tyler asked for it by fri",
# "she said yes lol)", "i said fine"; not "she asked me to send…" or "i said i'd…".
_COMMENT = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:she|he|they|i|[a-z]+)\s+(?:said|says|asked|asks|mentioned|"
    r"thinks|thought|reckons)\b"
    r"(?!\s+(?:me to|to|for (?:a|an|my|the|some|copies|\d)|(?:that )?i(?:d)?)\b)"
)


def comments(part: str) -> bool:
    """Whether a part cut from a promise only comments on it ("tyler asked for it by fri")."""
    return _COMMENT.match(fold(part)) is not None


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
    question = _THEIR_QUESTION.search(folded)
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
