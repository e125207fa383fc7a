"""Which competencies an advert asks for, how centrally, and the words that show it.

Weights (docs/jobs-and-notes.md): each mention counts one point, up to three; a mention in a
requirements section adds one. Three points, a mention marked essential, or a cue in the job's
title make a competency central (3); two points make 2; a single passing mention makes 1.
"""

from __future__ import annotations

from dataclasses import dataclass

from secondround.core.jobs.data import title_cues, triggers
from secondround.core.jobs.occupations import Title
from secondround.core.jobs.profile import Competency
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


def find_competencies(text: str, words: list[Token], title: Title | None) -> list[Competency]:
    """Competencies the advert's text and title name: most central first, then by first mention."""
    layout = Layout(text)
    mentions = [
        _Mention(str(h.label), h.start, h.end, h.text, layout.strength(h.start))
        for h in triggers().find(text, words)
    ]
    mentions.extend(_title_mentions(title, text))
    by_key: dict[str, list[_Mention]] = {}
    for mention in mentions:
        by_key.setdefault(mention.key, []).append(mention)
    found = [_weigh(key, group) for key, group in by_key.items()]
    return sorted(found, key=lambda c: (-c.weight, _first(by_key[c.name])))


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
