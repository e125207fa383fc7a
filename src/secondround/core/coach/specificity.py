"""Concrete details in an answer: numbers, money, percentages, durations, dates, tools and roles."""

from __future__ import annotations

import re
from functools import lru_cache

from secondround.core.coach.feedback import Mention
from secondround.core.text.prefilter import folded, folded_required, may_match
from secondround.core.text.products import find_tools
from secondround.core.text.words import PhraseMatcher, phrase_matcher

_NUM_WORD = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|a dozen|dozens|half a|a couple of)"
)
_NUM = rf"(?:\d[\d,]*(?:\.\d+)?|{_NUM_WORD}(?:[- ]{_NUM_WORD})*)"
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# Order matters: the first kind to claim a stretch of text keeps it.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "money",
        re.compile(
            r"[£$€]\s?\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn|million|billion|thousand)?\b|"
            r"\b\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn|million|billion)?\s?(?:pounds|dollars|euros|usd|gbp|eur)\b",
            re.IGNORECASE,
        ),
    ),
    ("percentage", re.compile(rf"\b{_NUM}\s?(?:%|per ?cent|percent)", re.IGNORECASE)),
    (
        "duration",
        re.compile(
            rf"\b(?:{_NUM}|a|an|one|a few|several)\s(?:\w+\s)?"
            r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|"
            r"quarters?|years?|shifts?|sprints?)\b|\b(?:overnight|within a (?:day|week|month))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "date",
        re.compile(
            rf"\b(?:{_MONTHS}\s\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTHS}|{_MONTHS}\s\d{{1,2}}(?:st|nd|rd|th)?|"
            rf"(?:in|since|by|during)\s(?:19|20)\d\d|(?:last|this|that|next)\s(?:{_MONTHS}|{_DAYS}|"
            rf"week|month|year|quarter|summer|winter|spring|autumn)|(?:on|one|a|that)\s{_DAYS}|"
            rf"\d{{1,2}}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|q[1-4])\b",
            re.IGNORECASE,
        ),
    ),
    ("number", re.compile(rf"\b{_NUM}\b", re.IGNORECASE)),
)
# Each pattern with the strings one of which every match contains (lower case; None: not known),
# so a sentence with none of them is not searched: the same details, found sooner.
_SEARCHES = tuple((kind, p, folded_required(p)) for kind, p in _PATTERNS)


def find_details(sentences: list[str]) -> list[Mention]:
    """Every concrete detail, with its kind and the index of its sentence."""
    mentions: list[Mention] = []
    roles = _roles()
    for index, sentence in enumerate(sentences):
        taken: list[tuple[int, int]] = []
        low = folded(sentence)
        for kind, pattern, needed in _SEARCHES:
            if not may_match(low, needed):
                continue
            for match in pattern.finditer(sentence):
                if _overlaps(taken, match.start(), match.end()) or _is_plain_one(match.group()):
                    continue
                taken.append((match.start(), match.end()))
                mentions.append(Mention(kind, match.group().strip(), index))
        for name in find_tools(sentence):
            mentions.append(Mention("tool", name, index))
        mentions.extend(Mention("role", text, index) for _, _, text in roles.finditer(sentence))
    return mentions


# A name: an acronym ("CSCS", "C+E", "NVQ") or a capitalised word after the sentence's first
# ("the Care Certificate", "a Manitowoc 2250").
_NAME = re.compile(
    r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})*\b|\b[A-Z][A-Z0-9]+(?:[+&-][A-Z0-9]+)*\b"
)
_NOT_NAMES = frozenset(("I", "OK", "TV", "AM", "PM", "UK", "US", "USA"))


def find_names(sentences: list[str], mentions: list[Mention]) -> list[Mention]:
    """Named qualifications, products and places the other details do not already hold: what
    a factual answer ("What tickets do you hold?") is specific with."""
    out: list[Mention] = []
    for index, sentence in enumerate(sentences):
        held = [m.text.lower() for m in mentions if m.sentence == index]
        for match in _NAME.finditer(sentence):
            name = match.group()
            if name in _NOT_NAMES or any(name.lower() in h or h in name.lower() for h in held):
                continue
            out.append(Mention("name", name, index))
    return out


def detail_count(mentions: list[Mention]) -> float:
    """How much concrete detail the mentions amount to; generic role words count for little."""
    return sum(0.5 if m.kind == "role" else 1.0 for m in mentions)


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < e and s < end for s, e in taken)


def _is_plain_one(text: str) -> bool:
    # "a couple of" alone, or a bare "1", say little; keep real counts.
    return text.strip().lower() in {"1", "a couple of", "half a", "0"}


@lru_cache(maxsize=1)
def _roles() -> PhraseMatcher:
    return phrase_matcher("roles.txt")
