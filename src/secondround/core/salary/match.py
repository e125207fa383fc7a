"""From a job title to the occupation of a salary table, with the nearest alternatives.

US: the title is matched (rapidfuzz) against O*NET's titles and alternate titles; the first seven
characters of an O*NET-SOC code are the SOC code the OEWS table uses. UK: against the ASHE
unit-group descriptions and secondround's own list of common UK job titles (`uk_titles.tsv`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from secondround.core.datafiles import read_text
from secondround.core.jobs.data import job_titles
from secondround.core.jobs.occupations import normalise_title
from secondround.core.salary.table import Country, SalaryDataError, SalaryTable

# Below this the best title is more often another job than a wording of this one.
MATCH_CUTOFF = 80
ALTERNATIVES = 5
_WORD = re.compile(r"[a-z0-9+#]+")
# Words that carry no occupation on their own, so a title that shares only these is no match.
_GENERIC = frozenset(
    [
        "and",
        "of",
        "the",
        "for",
        "in",
        "to",
        "a",
        "an",
        "with",
        "or",
        "other",
        "related",
        "n.e.c",
        "nec",
        "occupations",
        "workers",
        "staff",
        "professionals",
        "professional",
        "associate",
        "assistant",
        "assistants",
        "officer",
        "officers",
    ]
)


@dataclass(frozen=True)
class OccupationMatch:
    """An occupation of the table, how well the title matched it, and the known title it met."""

    code: str
    title: str
    score: int
    via: str

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "title": self.title, "score": self.score, "matched": self.via}


@dataclass(frozen=True)
class TitleMatch:
    """The best occupation (None when nothing is close enough) and the nearest others."""

    query: str
    best: OccupationMatch | None
    alternatives: tuple[OccupationMatch, ...]


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def normalise(title: str) -> str:
    """Lower-case, abbreviations spelled out, seniority and place dropped, words singular."""
    return _key(normalise_title(title) or title)


def _key(text: str) -> str:
    return " ".join(_singular(w) for w in _WORD.findall(text.lower().replace("&", " and ")))


@dataclass(frozen=True)
class _Index:
    titles: tuple[str, ...]
    codes: tuple[str, ...]
    exact: dict[str, tuple[str, ...]]
    # Each word of the titles, and the titles it is in: the few titles worth scoring.
    words: dict[str, tuple[int, ...]]
    vocabulary: tuple[str, ...]


def _index(pairs: Iterable[tuple[str, str]]) -> _Index:
    titles: list[str] = []
    codes: list[str] = []
    exact: dict[str, list[str]] = {}
    words: dict[str, list[int]] = {}
    for title, code in pairs:
        key = _key(title)
        if not key:
            continue
        for word in set(key.split()) - _GENERIC:
            words.setdefault(word, []).append(len(titles))
        titles.append(key)
        codes.append(code)
        if code not in exact.setdefault(key, []):
            exact[key].append(code)
    return _Index(
        tuple(titles),
        tuple(codes),
        {k: tuple(v) for k, v in exact.items()},
        {k: tuple(v) for k, v in words.items()},
        tuple(words),
    )


def _near(query: str, index: _Index) -> list[int]:
    """The titles that share a word with the query, allowing a typo in the word."""
    found: set[int] = set()
    for word in set(query.split()) - _GENERIC:
        if word in index.words:
            found.update(index.words[word])
        if len(word) >= 4:
            for similar, _, _ in process.extract(
                word, index.vocabulary, scorer=fuzz.ratio, score_cutoff=80, limit=8
            ):
                found.update(index.words[similar])
    return sorted(found)


@lru_cache(maxsize=1)
def _us_index() -> _Index:
    titles, codes = job_titles()
    return _index((t, c[:7]) for t, c in zip(titles, codes, strict=True))


@lru_cache(maxsize=1)
def uk_titles() -> tuple[tuple[str, str], ...]:
    """secondround's own list of common UK job titles and the SOC 2020 unit group of each."""
    pairs = []
    for number, line in enumerate(read_text("salary", "uk_titles.tsv").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        title, _, code = line.partition("\t")
        if not re.fullmatch(r"\d{4}", code.strip()):
            raise SalaryDataError(f"uk_titles.tsv line {number} has no SOC 2020 code.")
        pairs.append((title.strip(), code.strip()))
    return tuple(pairs)


@lru_cache(maxsize=4)
def _uk_index(descriptions: tuple[tuple[str, str], ...]) -> _Index:
    return _index([*uk_titles(), *descriptions])


def _score(query: str, title: str, **_: object) -> float:
    """Whole-title similarity, with word order free; a title sharing no real word scores 0."""
    if query == title:
        return 100.0
    q, t = set(query.split()) - _GENERIC, set(title.split()) - _GENERIC
    if q and t and not q & t and fuzz.ratio(query, title) < 85:
        return 0.0
    whole = max(fuzz.ratio(query, title), fuzz.token_sort_ratio(query, title))
    # "software engineer" in "senior software engineer, payments": a title inside the query.
    # Only as the title's head noun, its last word: "Chief Happiness Wizard" is no kind of chief.
    headed = t <= q and query.split()[-1] in t
    inside = fuzz.token_set_ratio(query, title) * (0.92 if headed or q <= t else 0.7)
    return max(whole, inside)


def _resolve(code: str, table: SalaryTable) -> str | None:
    """The table's code for an occupation: the detailed one, else its broad group."""
    if code in table.occupations:
        return code
    if table.country == "us":
        broad = code[:6] + "0"
        if broad in table.occupations:
            return broad
    return None


def match_title(title: str, country: Country, table: SalaryTable) -> TitleMatch:
    """The occupation of `table` a job title names, and up to five nearest alternatives."""
    query = normalise(title)
    if not query:
        return TitleMatch(title, None, ())
    if country == "us":
        index = _us_index()
    else:
        units = tuple((o.title, o.code) for o in table.occupations.values() if len(o.code) == 4)
        index = _uk_index(units)
    # Titles sharing a word, then the C scorer picks the nearest; the finer one ranks those.
    ids = _near(query, index)
    near = process.extract(
        query,
        [index.titles[i] for i in ids],
        scorer=fuzz.token_set_ratio,
        limit=150,
        score_cutoff=40,
    )
    found = sorted(
        ((known, _score(query, known), ids[at]) for known, _, at in near),
        key=lambda item: -item[1],
    )[:60]
    ranked: dict[str, OccupationMatch] = {}
    exact_codes = index.exact.get(query, ())
    for known, score, at in found:
        code = _resolve(index.codes[at], table)
        if code is None or code in ranked:
            continue
        occupation = table.occupations[code]
        ranked[code] = OccupationMatch(code, occupation.title, round(score), known)
    # An exact title shared by several occupations: the one whose own title is nearest first.
    order = sorted(
        ranked.values(),
        key=lambda m: (
            -(m.score + (5 if m.code in exact_codes or m.code[:7] in exact_codes else 0)),
            -fuzz.token_set_ratio(query, _key(m.title)),
            not table.occupations[m.code].has_figures,
        ),
    )
    best = order[0] if order and order[0].score >= MATCH_CUTOFF else None
    rest = order[1 : 1 + ALTERNATIVES] if best else order[:ALTERNATIVES]
    return TitleMatch(title, best, tuple(rest))
