"""The key terms of an advert: short noun phrases and content words, most telling first.

Candidates are runs of words between stopwords and punctuation (the idea behind RAKE): a whole
short run ("data pipelines"), any run of words repeated in the advert, and single words. Each is
scored by how often it occurs, with a bonus for longer phrases and for words of the job's title;
phrases that only name a competency ("attention to detail") count for less, since competencies
are reported on their own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from secondround.core.jobs.data import read_data
from secondround.core.text.lines import list_lines
from secondround.core.text.phrases import stem
from secondround.core.text.words import word_list

MAX_KEYWORDS = 20
_MAX_WORDS = 3
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#'’.-]*[A-Za-z0-9+#]|[A-Za-z]")
_BREAKS = frozenset(',.;:!?()[]{}"“”\n•|/…')
# Words ending in -ly are nearly all adverbs ("clearly", "safely") in an advert; these are not.
_LY_NOUNS = frozenset({"family", "supply", "assembly", "anomaly", "italy", "july", "reply", "ally"})


@dataclass
class _Candidate:
    words: tuple[str, ...]
    count: int = 0
    first: int = 0
    in_competency: int = 0
    forms: Counter[str] = field(default_factory=Counter)


def find_keywords(
    text: str, title: str | None = None, competency_spans: list[tuple[int, int]] | None = None
) -> list[str]:
    """Up to 20 key terms, lower-case, without stopwords or repeats, the most important first."""
    runs = _runs(text)
    tf: Counter[str] = Counter(stem(w) for run in runs for _, _, w in run)
    title_words = {stem(w.lower()) for w in _WORD.findall(title or "")}
    spans = competency_spans or []
    candidates: dict[tuple[str, ...], _Candidate] = {}
    for run in runs:
        stems = [stem(w) for _, _, w in run]
        for size in range(1, min(_MAX_WORDS, len(run)) + 1):
            for i in range(len(run) - size + 1):
                key = tuple(stems[i : i + size])
                candidate = candidates.setdefault(key, _Candidate(key, first=run[i][0]))
                candidate.count += 1
                start, end = run[i][0], run[i + size - 1][1]
                candidate.forms[" ".join(w for _, _, w in run[i : i + size])] += 1
                # A phrase is whole when it is the run itself; parts of runs must repeat to count.
                if size == len(run):
                    candidate.forms["\0whole"] += 1
                if any(s <= start and end <= e for s, e in spans):
                    candidate.in_competency += 1
    scored: list[tuple[float, int, _Candidate]] = []
    for candidate in candidates.values():
        size = len(candidate.words)
        whole = candidate.forms["\0whole"] > 0
        if size > 1 and not whole and candidate.count < 2:
            continue
        score = candidate.count * (1 + 0.6 * (size - 1))
        score += 0.1 * sum(tf[w] for w in candidate.words) / size
        if title_words and all(w in title_words for w in candidate.words):
            score += 1.5
        if candidate.in_competency >= candidate.count:
            score *= 0.5
        scored.append((score, candidate.first, candidate))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return _select(scored)


def _select(scored: list[tuple[float, int, _Candidate]]) -> list[str]:
    chosen: list[_Candidate] = []
    out: list[str] = []
    for _, _, candidate in scored:
        # A word that mostly occurs inside a chosen phrase adds nothing of its own.
        if any(
            _inside(candidate.words, c.words) and candidate.count <= c.count + 1 for c in chosen
        ):
            continue
        shown = max((f for f in candidate.forms if f != "\0whole"), key=candidate.forms.__getitem__)
        if shown in out:
            continue
        chosen.append(candidate)
        out.append(shown)
        if len(out) == MAX_KEYWORDS:
            break
    return out


def _inside(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
    n = len(small)
    return n < len(big) and any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of content words (start, end, lower-case word) between stopwords and punctuation."""
    stop = _stopwords()
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    previous_end = 0
    for match in _WORD.finditer(text):
        word = match.group().lower().replace("’", "'").rstrip(".")
        if word.endswith("'s"):
            word = word[:-2]
        gap = text[previous_end : match.start()]
        previous_end = match.end()
        content = len(word) >= 2 and word not in stop and not _adverb(word)
        if any(ch in _BREAKS for ch in gap) or not content:
            if current:
                runs.append(current)
            current = []
        if content:
            current.append((match.start(), match.end(), word))
    if current:
        runs.append(current)
    return runs


def _adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    own = [line.lower() for line in list_lines(read_data("keyword_stopwords.txt"))]
    return frozenset([*word_list("stopwords.txt"), *own])
