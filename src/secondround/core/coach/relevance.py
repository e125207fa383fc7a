"""Relevance: does the answer use the words of the question and the job's keywords?

Simple and fast on purpose: content words, lightly stemmed, compared as sets. The job description's
keywords are its most frequent content words.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from secondround.core.coach.feedback import Relevance
from secondround.core.jobs import analyse_job
from secondround.core.text.words import content_words, keyword_stem

JOB_KEYWORDS = 20
# The job's core: its few most telling key terms ("retention", "churn"). An answer that touches
# none of them has not said why it matters for this job.
JOB_CORE = 3


@lru_cache(maxsize=64)
def job_core(job: str) -> tuple[str, ...]:
    """The job's few most telling key terms (not its tools), as the job reader ranks them.

    A term sharing a word with one already taken ("reduce churn" after "churn") is skipped, so
    the core names different things.
    """
    profile = analyse_job(job)
    core: list[str] = []
    taken: set[str] = set()
    for term in profile.keywords:
        stems = set(_term_stems(term))
        if stems and not stems & taken:
            taken |= stems
            core.append(term)
        if len(core) == JOB_CORE:
            break
    return tuple(core)


@lru_cache(maxsize=64)
def job_keywords(job: str) -> tuple[str, ...]:
    """The job's named tools, then its key terms, as the job reader finds them.

    Falls back on the description's most frequent content words when the reader finds none.
    """
    profile = analyse_job(job)
    terms: list[str] = []
    seen: set[tuple[str, ...]] = set()
    # Tools keep the ad's spelling ("SQL", "Zendesk"); key terms are lower case already.
    for term in (*profile.tools, *profile.keywords):
        key = _term_stems(term)
        if key and key not in seen:
            seen.add(key)
            terms.append(term)
    return tuple(terms[:JOB_KEYWORDS]) or _frequent_words(job)


def _term_stems(term: str) -> tuple[str, ...]:
    return tuple(keyword_stem(w) for w in content_words(term)) or (term.lower(),)


def _mentions(term: str, said: set[str], answer: str) -> bool:
    """A term is mentioned when most of its words are (a tool's name may be one short word)."""
    stems = _term_stems(term)
    if len(stems) == 1 and stems[0] == term.lower() and not content_words(term):
        return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", answer, re.IGNORECASE) is not None
    return sum(s in said for s in stems) * 2 >= len(stems)


def _frequent_words(job: str) -> tuple[str, ...]:
    counts = Counter(content_words(job))
    firsts: dict[str, str] = {}
    stem_counts: Counter[str] = Counter()
    for word, count in counts.items():
        key = keyword_stem(word)
        stem_counts[key] += count
        firsts.setdefault(key, word)
    ranked = sorted(stem_counts, key=lambda k: -stem_counts[k])
    return tuple(firsts[k] for k in ranked[:JOB_KEYWORDS])


def find_relevance(answer: str, question: str | None, job: str | None) -> Relevance:
    """Share of the question's content words, and of the job's keywords, found in the answer."""
    said = {keyword_stem(w) for w in content_words(answer)}
    matched: list[str] = []
    question_share = None
    if question:
        asked = list(dict.fromkeys(content_words(question)))
        if asked:
            hits = [w for w in asked if keyword_stem(w) in said]
            matched.extend(hits)
            question_share = len(hits) / len(asked)
    job_share = None
    missing: list[str] = []
    core: tuple[str, ...] = ()
    core_used: bool | None = None
    if job:
        core = job_core(job)
        core_used = any(_mentions(term, said, answer) for term in core) if core else None
        keywords = job_keywords(job)
        if keywords:
            hits = [w for w in keywords if _mentions(w, said, answer)]
            matched.extend(w for w in hits if w not in matched)
            missing = [w for w in keywords if w not in hits]
            job_share = len(hits) / len(keywords)
    return Relevance(question_share, job_share, tuple(matched), tuple(missing[:8]), core, core_used)
