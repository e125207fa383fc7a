"""The job's title, and the O*NET occupation it names, with the work styles typical of it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from secondround.core.jobs.data import (
    job_titles,
    mean_importance,
    occupations,
    read_data,
    title_aliases,
)
from secondround.core.jobs.profile import OccupationMatch
from secondround.core.text.lines import list_lines

# Below this a fuzzy match is more often a different job than a spelling of the same one.
_FUZZY_CUTOFF = 90
# An occupation's competency counts as typical only if it is important in absolute terms too.
_TYPICAL_FLOOR = 3.5
_LABELLED = re.compile(
    r"^\s*(?:job title|job|title|role|position|vacancy|post)\s*[:–-]\s*(\S.{1,80}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_HIRING = re.compile(
    r"\b(?:looking for|hiring|recruiting|seeking|searching for|in search of)\s+"
    r"(?:an?|our next|our new|a new|an experienced|a talented|an enthusiastic)\s+"
    r"([A-Za-z][\w/&+' -]{2,60}?)(?=\s+(?:to|who|with|in|at|for|that|on|join|based)\b|[,.;:()!]|$)",
    re.IGNORECASE | re.MULTILINE,
)
_ABBREVIATIONS = {
    "mgr": "manager",
    "mngr": "manager",
    "asst": "assistant",
    "dev": "developer",
    "devs": "developer",
    "eng": "engineer",
    "engr": "engineer",
    "admin": "administrator",
    "exec": "executive",
    "coord": "coordinator",
    "rn": "registered nurse",
    "hca": "healthcare assistant",
    "ops": "operations",
    "mktg": "marketing",
}
_WORD = re.compile(r"[a-z0-9][a-z0-9+#'/.-]*[a-z0-9+#]|[a-z0-9]")
_TITLE_WORDS = 10
# A first line that opens like a sentence is not a title: "We are...", "Do you want...".
_SENTENCE = re.compile(
    r"(?i)^(?:we|we're|our|are|do|does|is|join|about|come|looking|you|your|this|the|an?|if|want)\b"
)


@dataclass(frozen=True)
class Title:
    """The job title and where it sits in the advert (None when it was given apart from it)."""

    text: str
    start: int | None
    end: int | None


def find_title(text: str, given: str | None = None) -> Title | None:
    """The title given, else the advert's "Job title:" line, first line, or "we're hiring a …"."""
    if given and given.strip():
        given = " ".join(given.split())
        at = text.lower().find(given.lower())
        return Title(given, at, at + len(given)) if at >= 0 else Title(given, None, None)
    head = text[:3000]
    labelled = _LABELLED.search(head)
    if labelled:
        return Title(labelled.group(1), labelled.start(1), labelled.end(1))
    first = re.search(r"\S[^\n]*", head)
    if first:
        # "Electrician needed ASAP - Leeds. Own tools.": the first sentence may be the title.
        line = re.split(r"(?<=[.!?])\s", first.group(), maxsplit=1)[0].strip(" #*_\t")
        at = text.find(line, first.start())
        short = len(line.split()) <= _TITLE_WORDS
        if line and short and not line.endswith(("!", "?", ":")) and not _SENTENCE.match(line):
            line = line.rstrip(".")
            return Title(line, at, at + len(line))
    hiring = _HIRING.search(head)
    if hiring:
        return Title(
            hiring.group(1).strip(), hiring.start(1), hiring.start(1) + len(hiring.group(1).strip())
        )
    return None


def match_occupation(title: str, context: str = "") -> OccupationMatch | None:
    """The O*NET occupation a job title names, or None when no title is close enough.

    When the title belongs to several occupations ("Solicitor"), the one whose titles share
    most words with `context` (the advert) wins.
    """
    query = normalise_title(title)
    found = _match(query)
    if found is None:
        return None
    matched, codes = found
    known = occupations()
    # The title's own words count too: "primary" picks the school teachers among "teacher"s.
    words = set(_WORD.findall(f"{query} {context}".lower())) if len(codes) > 1 else set()

    def rank(code: str) -> tuple[int, bool, float, str]:
        shared = len(words & _vocabulary().get(code, frozenset()))
        similar = fuzz.token_set_ratio(query, known[code].title.lower())
        return (-shared, not code.endswith(".00"), -similar, code)

    occupation = known[min(codes, key=rank)]
    return OccupationMatch(occupation.code, occupation.title, round(fuzz.WRatio(query, matched)))


def normalise_title(title: str) -> str:
    """Lower-case, abbreviations spelled out, seniority, place and contract words left out."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", title.lower())
    # "Store Manager - Leeds", "Nurse | NHS", "Engineer, Payments": the place or team comes after.
    text = re.split(r"\s[-–—|@]\s|[|,;:]|\s(?:at|in)\s", text)[0]
    words = [_ABBREVIATIONS.get(w, w) for w in _WORD.findall(text)]
    phrase = " ".join(words)
    for noise in _noise():
        phrase = re.sub(rf"(?<![\w/]){re.escape(noise)}(?![\w/])", " ", phrase)
    return " ".join(w for w in phrase.split() if not w.isdigit())


def typical_competencies(code: str, count: int = 3) -> list[str]:
    """The competencies that stand out for an occupation: well above the mean of all jobs."""
    occupation = occupations().get(code)
    if occupation is None:
        return []
    means = mean_importance()
    ranked = sorted(
        (k for k, v in occupation.importance.items() if v >= _TYPICAL_FLOOR),
        key=lambda k: occupation.importance[k] - means[k],
        reverse=True,
    )
    return ranked[:count]


@lru_cache(maxsize=256)
def _match(query: str) -> tuple[str, tuple[str, ...]] | None:
    """(the known title matched, the codes of its occupations), or None."""
    if not query:
        return None
    exact = _exact_titles()
    if query in exact:
        return query, exact[query]
    titles, _ = job_titles()
    found = process.extractOne(query, titles, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    if found is not None and _same_words(query, found[0]):
        return found[0], exact[found[0]]
    words = query.split()
    # The longest run of the title's words that is a known title; at equal length the later run,
    # since English titles end with their head noun ("retail store manager"). A lone word counts
    # only as that head noun: "Chief Happiness Wizard" is no kind of chief.
    for size in range(len(words) - 1, 0, -1):
        for first in range(len(words) - size, -1, -1):
            if size == 1 and first != len(words) - 1:
                continue
            span = " ".join(words[first : first + size])
            if span in exact:
                return span, exact[span]
    return None


def _same_words(query: str, title: str) -> bool:
    """A spelling of the same title ("backend" for "back end"), not a different word."""

    def within(words: str, other: str) -> bool:
        joined = other.replace(" ", "")
        return all(w[: max(4, len(w) - 2)] in joined for w in words.split())

    query, title = query.replace("-", ""), title.replace("-", "")
    return within(query, title) and within(title, query)


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, frozenset[str]]:
    """Each occupation's words, from its titles: "Lawyers" has "legal", "attorney", "counsel"."""
    words: dict[str, set[str]] = {}
    for title, code in zip(*job_titles(), strict=True):
        words.setdefault(code, set()).update(w for w in title.split() if len(w) > 3)
    return {code: frozenset(found) for code, found in words.items()}


@lru_cache(maxsize=1)
def _exact_titles() -> dict[str, tuple[str, ...]]:
    titles, codes = job_titles()
    exact: dict[str, dict[str, None]] = {}
    for title, code in zip(titles, codes, strict=True):
        exact.setdefault(title, {})[code] = None
    # Our aliases say what a UK or everyday title means; they win over O*NET's spelling.
    return {**{title: tuple(found) for title, found in exact.items()}, **title_aliases()}


@lru_cache(maxsize=1)
def _noise() -> tuple[str, ...]:
    words = [line.lower() for line in list_lines(read_data("title_noise.txt"))]
    return tuple(sorted(words, key=len, reverse=True))
