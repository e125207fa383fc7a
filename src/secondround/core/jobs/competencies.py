"""Which competencies an advert asks for, how centrally, and the words that show it.

Cue phrases (ESCO's labels, advert wordings, everyday paraphrases) and the occupation's typical
work styles propose candidates; the trained scorer (core/jobs/scorer.py) keeps those the advert
asks for. Weights (docs/jobs-and-notes.md): each mention counts one point, up to three; a
mention in a requirements section adds one. Three points, a mention marked essential, or a cue in
the job's title make a competency central (3); two points make 2; a single passing mention, or
being typical of the occupation, makes 1.
"""

from __future__ import annotations

from dataclasses import dataclass

from secondround.core.jobs.data import phrase_sources, title_cues, triggers
from secondround.core.jobs.occupations import Title, typical_competencies
from secondround.core.jobs.profile import Competency, OccupationMatch
from secondround.core.jobs.scorer import (
    Cue,
    Sentences,
    features,
    is_boilerplate,
    model,
    occupation_features,
)
from secondround.core.jobs.sections import Layout
from secondround.core.text.phrases import Hit, Token

_MAX_COUNTED = 3
# Which mention to show as evidence: the one that best explains the weight.
_EVIDENCE_RANK = {"essential": 0, "title": 1, "required": 2, "plain": 3, "desirable": 4}


@dataclass(frozen=True)
class _Mention:
    key: str
    start: int | None
    end: int | None
    text: str
    strength: str
    source: str = "title"


@dataclass(frozen=True)
class Candidate:
    """A competency the cues propose, with the features the scorer weighs."""

    competency: Competency
    features: dict[str, float]
    first: int


def find_competencies(
    text: str,
    words: list[Token],
    title: Title | None,
    occupation: OccupationMatch | None = None,
) -> list[Competency]:
    """Competencies the advert asks for: most central first, then by first mention."""
    scorer = model()
    kept = [
        c
        for c in candidates(text, words, title, occupation)
        if scorer.probability(c.features) >= scorer.threshold
    ]
    kept.sort(key=lambda c: (-c.competency.weight, c.first))
    return [c.competency for c in kept]


def candidates(
    text: str,
    words: list[Token],
    title: Title | None,
    occupation: OccupationMatch | None = None,
    all_features: bool = False,
) -> list[Candidate]:
    """Every competency the cue phrases, the title or the occupation propose, unscored;
    `all_features` computes every feature the trainer may choose from, not only the model's."""
    layout = Layout(text)
    sources = phrase_sources()
    mentions = [
        _Mention(
            str(h.label),
            h.start,
            h.end,
            h.text,
            layout.strength(h.start),
            sources.get(h.phrase, "trigger"),
        )
        for h in triggers().find(text, words)
    ]
    sentences = Sentences(text)
    mentions = [
        m for m in mentions if m.start is None or not is_boilerplate(sentences.around(m.start)[1])
    ]
    mentions.extend(_title_mentions(title, text))
    by_key: dict[str, list[_Mention]] = {}
    for mention in mentions:
        by_key.setdefault(mention.key, []).append(mention)
    found = [
        Candidate(
            _weigh(key, group),
            {
                **features(
                    [Cue(m.start, m.text, m.source, m.strength) for m in group],
                    sentences,
                    words=all_features or model().uses_words(),
                ),
                f"key:{key}": 1.0,
            },
            _first(group),
        )
        for key, group in by_key.items()
    ]
    if occupation is not None:
        for rank, key in enumerate(typical_competencies(occupation.code)):
            if key in by_key:
                continue
            evidence = f"typical of {occupation.title} (O*NET work styles)"
            found.append(
                Candidate(
                    Competency(key, 1, evidence, None, None, "occupation"),
                    {**occupation_features(rank, len(by_key)), f"key:{key}": 1.0},
                    1 << 30,
                )
            )
    return found


def _title_mentions(title: Title | None, text: str) -> list[_Mention]:
    if title is None:
        return []
    hits: list[Hit] = [*title_cues().find(title.text), *triggers().find(title.text)]
    out = []
    for hit in hits:
        if title.start is not None:
            start: int | None = title.start + hit.start
            end: int | None = title.start + hit.end
            shown = text[title.start + hit.start : title.start + hit.end]
        else:
            start = end = None
            shown = hit.text
        out.append(_Mention(str(hit.label), start, end, shown, "title"))
    return out


def _weigh(key: str, mentions: list[_Mention]) -> Competency:
    in_ad = {(m.start, m.end) for m in mentions if m.strength != "title"}
    strengths = {m.strength for m in mentions}
    points = min(len(in_ad), _MAX_COUNTED) + (1 if "required" in strengths else 0)
    central = points >= 3 or bool(strengths & {"essential", "title"})
    weight = 3 if central else min(points, 2)
    shown = min(
        mentions,
        key=lambda m: (_EVIDENCE_RANK[m.strength], m.start is None, m.start or 0),
    )
    return Competency(key, weight, shown.text, shown.start, shown.end, "ad")


def _first(mentions: list[_Mention]) -> int:
    starts = [m.start for m in mentions if m.start is not None]
    return min(starts) if starts else 1 << 30
