"""Which competencies an advert asks for, how centrally, and the words that show it.

Cue phrases (ESCO's labels, advert wordings, everyday paraphrases) and the occupation's typical
work styles propose candidates; the trained scorer (core/jobs/scorer.py) keeps those the advert
asks for. The trained line model (core/jobs/lines.py) reads each sentence and list item, and a
competency some line asks for at all is a candidate too (that line is its evidence) even when no
cue found it. The ad model (core/jobs/ad_model.py) then decides, for the whole advert, which
candidates it asks for, from the line model's probabilities and how the cues were asked; without
it (for measuring), a line asking clearly keeps a competency and the scorer keeps cue-found ones.
Weights (docs/jobs-and-notes.md): each mention counts one point, up to three; a
mention in a requirements section adds one. Three points, a mention marked essential, or a cue in
the job's title make a competency central (3); two points make 2; a single passing mention, or
being typical of the occupation, makes 1.
"""

from __future__ import annotations

from dataclasses import dataclass

from secondround.core.jobs.ad_model import ASKS_AT_ALL, AdModel, ad_features, ad_model
from secondround.core.jobs.data import phrase_sources, title_cues, triggers
from secondround.core.jobs.lines import MIN_WORDS, LineModel, line_model, word_count
from secondround.core.jobs.occupations import Title, typical_competencies
from secondround.core.jobs.profile import Competency, OccupationMatch
from secondround.core.jobs.scorer import (
    Cue,
    Model,
    Sentences,
    features,
    is_boilerplate,
    model,
    occupation_features,
)
from secondround.core.jobs.sections import Layout
from secondround.core.text.phrases import Hit, Token

_MAX_COUNTED = 3
# Shorter than this, the text is a snippet, not an advert the ad model was trained on.
MIN_AD_WORDS = 40
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
    """A competency the cues, the title, the occupation or a line propose, with the features
    the scorer weighs and what the line model says of it."""

    competency: Competency
    features: dict[str, float]
    first: int
    # "cue", "title", "occupation" or "line" (proposed by the line model alone).
    kind: str = "cue"
    # The line model's highest probability over the lines holding this competency's mentions
    # (1.0 when a mention is in the title), and over every line of the advert.
    mention_p: float = 1.0
    best_p: float = 0.0
    # The line model's probability for this competency on every line, and the advert's length
    # in words: what the ad model (core/jobs/ad_model.py) weighs beside the cue features.
    line_ps: tuple[float, ...] = ()
    words: int = 0

    def ad_features(self) -> dict[str, float]:
        """The features the ad model weighs for this candidate."""
        return ad_features(
            self.competency.name,
            self.kind,
            self.features,
            list(self.line_ps),
            self.mention_p,
            self.words,
        )


def find_competencies(
    text: str,
    words: list[Token],
    title: Title | None,
    occupation: OccupationMatch | None = None,
    models: tuple[Model, LineModel, AdModel | None] | None = None,
) -> list[Competency]:
    """Competencies the advert asks for: most central first, then by first mention.

    `models` (the scorer, the line model and the ad model, or None for the rule without it)
    replaces the shipped ones, for measuring."""
    scorer, reader, judge = models or (model(), line_model(), ad_model())
    propose = judge.propose if judge is not None else None
    found = candidates(
        text, words, title, occupation, reader=reader, scorer=scorer, propose=propose
    )
    kept = [c for c in found if keeps(c, scorer, reader, judge=judge)]
    kept.sort(key=lambda c: (-c.competency.weight, c.first))
    return [c.competency for c in kept]


def keeps(
    candidate: Candidate,
    scorer: Model,
    reader: LineModel,
    probability: float | None = None,
    judge: AdModel | None = None,
) -> bool:
    """Whether a candidate is printed. With the ad model (`judge`): when it says the advert
    asks for it. Without: a line asks for it clearly, or the scorer keeps it and some line it is
    mentioned in reads as asking for it at all. `probability` is the scorer's or the ad
    model's, when already computed."""
    if judge is not None and judges(candidate):
        if probability is None:
            probability = judge.probability(candidate.ad_features())
        return probability >= judge.threshold_for(candidate.competency.name)
    if candidate.best_p >= reader.propose and candidate.kind in ("cue", "line"):
        return True
    if candidate.kind == "line":
        return False
    if probability is None:
        probability = scorer.probability(candidate.features)
    return probability >= scorer.threshold and candidate.mention_p >= reader.veto


def judges(candidate: Candidate) -> bool:
    """Whether the ad model decides this candidate. It was trained on whole adverts (80 words
    and more) read from their own text: a snippet of a few lines, a title given apart from the
    text and the occupation's typical competencies are left to the earlier rule."""
    if candidate.kind == "occupation" or candidate.words < MIN_AD_WORDS:
        return False
    return not (candidate.kind == "title" and candidate.competency.start is None)


def candidates(
    text: str,
    words: list[Token],
    title: Title | None,
    occupation: OccupationMatch | None = None,
    all_features: bool = False,
    reader: LineModel | None = None,
    scorer: Model | None = None,
    propose: float | None = None,
) -> list[Candidate]:
    """Every competency the cue phrases, the title, the occupation or the line model propose,
    unscored; `all_features` computes every feature the trainer may choose from. A line
    proposes from `propose` (the ad model's), or else from the line model's own threshold."""
    reader = reader or line_model()
    scorer = scorer or model()
    layout = Layout(text)
    sources = phrase_sources()
    hits = triggers().find(text, words)
    mentions = [
        _Mention(
            str(h.label),
            h.start,
            h.end,
            h.text,
            layout.strength(h.start),
            sources.get(h.phrase, "trigger"),
        )
        for h in hits
    ]
    sentences = Sentences(text)
    lines = _line_probabilities(text, sentences, hits, reader)
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
                    words=all_features or scorer.uses_words(),
                ),
                f"key:{key}": 1.0,
            },
            _first(group),
            "cue" if any(m.source != "title" for m in group) else "title",
            _mention_p(key, group, lines),
            max((p[key] for _, _, p in lines), default=0.0),
            tuple(p[key] for _, _, p in lines),
            len(words),
        )
        for key, group in by_key.items()
    ]
    floor = reader.propose if propose is None else propose
    found.extend(_line_candidates(text, layout, lines, set(by_key), floor, len(words)))
    if occupation is not None and scorer.occupation:
        for rank, key in enumerate(typical_competencies(occupation.code)):
            if key in by_key:
                continue
            evidence = f"typical of {occupation.title} (O*NET work styles)"
            found.append(
                Candidate(
                    Competency(key, 1, evidence, None, None, "occupation"),
                    {**occupation_features(rank, len(by_key)), f"key:{key}": 1.0},
                    1 << 30,
                    "occupation",
                )
            )
    return found


def _line_probabilities(
    text: str, sentences: Sentences, hits: list[Hit], reader: LineModel
) -> list[tuple[int, int, dict[str, float]]]:
    """(start, end, probability per competency) of every line with enough words to ask for
    something; the benefits and the equal-opportunity line are left out."""
    out = []
    for start, end in sentences.spans():
        line = text[start:end]
        if word_count(line) < MIN_WORDS or is_boilerplate(line):
            continue
        cue_keys = {str(h.label) for h in hits if h.label and start <= h.start < end}
        out.append((start, end, reader.read(line, cue_keys)))
    return out


def _mention_p(
    key: str, group: list[_Mention], lines: list[tuple[int, int, dict[str, float]]]
) -> float:
    if any(m.start is None or m.source == "title" for m in group):
        return 1.0
    starts = [m.start for m in group if m.start is not None]
    held = [p[key] for start, end, p in lines if any(start <= s < end for s in starts)]
    # A mention in a line too short to judge (a header, a list of two words) is not vetoed.
    return max(held) if len(held) == len(starts) else 1.0


def _line_candidates(
    text: str,
    layout: Layout,
    lines: list[tuple[int, int, dict[str, float]]],
    cued: set[str],
    propose: float,
    words: int = 0,
) -> list[Candidate]:
    """Competencies no cue found that some line asks for with probability `propose` or more,
    with those lines as mentions; a line counts towards the weight when it asks at all
    (ASKS_AT_ALL), and the best line always does."""
    asked: dict[str, list[tuple[float, _Mention]]] = {}
    for start, end, probabilities in lines:
        for key, p in probabilities.items():
            if key not in cued and p >= propose:
                mention = _Mention(key, start, end, text[start:end], layout.strength(start), "line")
                asked.setdefault(key, []).append((p, mention))
    out = []
    for key, scored in asked.items():
        best = max(p for p, _ in scored)
        group = [m for p, m in scored if p >= min(best, ASKS_AT_ALL)]
        ps = tuple(p[key] for _, _, p in lines)
        out.append(Candidate(_weigh(key, group), {}, _first(group), "line", best, best, ps, words))
    return out


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
