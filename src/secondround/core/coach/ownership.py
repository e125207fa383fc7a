"""Who acts in the answer: the speaker ("I") or the team ("we").

Interviewers want to hear the speaker's own part, but research on rated interviews found that "we"
is not penalised in itself: so the coach flags answers whose actions never have "I" as the actor,
not every "we".
"""

from __future__ import annotations

import re

from secondround.core.coach.feedback import Ownership

_I = re.compile(r"\b(i|me|my|myself|i'm|i've|i'd|i'll)\b", re.IGNORECASE)
_WE = re.compile(r"\b(we|us|our|ourselves|we're|we've|we'd|we'll)\b", re.IGNORECASE)
_I_SUBJECT = re.compile(r"\b(i|i've|i'd)\b", re.IGNORECASE)
_WE_SUBJECT = re.compile(r"\b(we|we've|we'd)\b", re.IGNORECASE)


def find_ownership(labels: list[str], sentences: list[str]) -> Ownership:
    """Counts of I/we and of action sentences where the speaker, or only the team, acts."""
    i_count = we_count = own = team = 0
    for label, sentence in zip(labels, sentences, strict=True):
        text = sentence.replace("’", "'")
        i_count += len(_I.findall(text))
        we_count += len(_WE.findall(text))
        if label != "A":
            continue
        if _I_SUBJECT.search(text):
            own += 1
        elif _WE_SUBJECT.search(text):
            team += 1
    return Ownership(i_count, we_count, own, team)
