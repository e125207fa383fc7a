"""Relevance: does the answer use the words of the question and the job's keywords?

Simple and fast on purpose: content words, lightly stemmed, compared as sets. The job description's
keywords are its most frequent content words.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from secondround.core.coach.feedback import Relevance
from secondround.core.coach.lexicon import word_list

_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_SUFFIXES = ("ational", "ization", "isation", "ations", "ation", "ments", "ment", "ings", "ing",
             "ies", "ied", "ed", "es", "ly", "er", "s")  # fmt: skip
JOB_KEYWORDS = 20


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(word_list("stopwords.txt"))


def stem(word: str) -> str:
    """A crude stem so "prioritised", "prioritising" and "priorities" meet."""
    word = word.strip("'-").removesuffix("'s")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e") if len(word) > 4 else word


def content_words(text: str) -> list[str]:
    """Lower-cased words of `text` that carry meaning, in order."""
    stop = _stopwords()
    return [w for w in _WORD.findall(text.lower().replace("’", "'")) if w.strip("'-") not in stop]


@lru_cache(maxsize=64)
def job_keywords(job: str) -> tuple[str, ...]:
    """The job description's most frequent content words (first seen wins a tie)."""
    counts = Counter(content_words(job))
    firsts: dict[str, str] = {}
    stem_counts: Counter[str] = Counter()
    for word, count in counts.items():
        key = stem(word)
        stem_counts[key] += count
        firsts.setdefault(key, word)
    ranked = sorted(stem_counts, key=lambda k: -stem_counts[k])
    return tuple(firsts[k] for k in ranked[:JOB_KEYWORDS])


def find_relevance(answer: str, question: str | None, job: str | None) -> Relevance:
    """Share of the question's content words, and of the job's keywords, found in the answer."""
    said = {stem(w) for w in content_words(answer)}
    matched: list[str] = []
    question_share = None
    if question:
        asked = list(dict.fromkeys(content_words(question)))
        if asked:
            hits = [w for w in asked if stem(w) in said]
            matched.extend(hits)
            question_share = len(hits) / len(asked)
    job_share = None
    missing: list[str] = []
    if job:
        keywords = job_keywords(job)
        if keywords:
            hits = [w for w in keywords if stem(w) in said]
            matched.extend(w for w in hits if w not in matched)
            missing = [w for w in keywords if stem(w) not in said]
            job_share = len(hits) / len(keywords)
    return Relevance(question_share, job_share, tuple(matched), tuple(missing[:8]))
