"""A small trained reading of concerns: whether a clause is part of a doubt the interviewer
showed about the candidate, and whether a part of one is only the reaction that marks it.

The cues (data/debrief/cues.yaml) name the wordings they know ("asked twice", "went quiet",
"worried?"); this model weighs what doubts have in common however they are worded: the
interviewer asking or saying something, the candidate's "never", "only" or "not much", a quoted
remark, an arrow, a guess at what they thought. Two judgements:

- `concern`: the clause belongs to a concern (the doubt, or the reaction that marks it);
- `marker`: a part of a concern (cut at arrows) is only the reaction or the candidate's guess
  ("she wrote a note", "worry.", "he said fine but kept coming back"), not the doubt itself, so
  the concern is worded from another part.

Logistic regression over the words of the text and a few general features, trained on the dev
notes of the readers corpus by `benchmarks/train_debrief_concerns.py`, thresholds chosen leaving
one writer out, weights shipped as data (data/debrief/concern_model.json). Each reading keeps
the features that weighed most, so it can be explained.
"""

from __future__ import annotations

import re
from functools import lru_cache

from secondround.core.debrief.data import cues, fold
from secondround.core.debrief.part_model import (
    Model,
    Reading,
    load_model,
    part_features,
    probability,
)

KINDS = ("concern", "marker")
# A threshold no probability reaches: the judgement is off and the cues decide alone.
OFF = 2.0
_EXPLAIN = 3

# The general features beside part_model's (see concern_features).
_ASKED = re.compile(
    r"\b(?:asked|asks|ask|wanted to know|wondered|quizzed|pushed|pressed|probed|challenged|"
    r"questioned)\b"
)
_SAID = re.compile(r"\b(?:said|says|told me|mentioned|replied|goes)\b")
_ARROWED = re.compile(r"->|=>|→|⇒")
_QUOTED = re.compile(
    r"(?:said|asked|goes|:)\s*[\"“'‘«]|[\"“'‘«]\s*(?:you|so|and|but|what|how|ever)\b"
)
_LACK = re.compile(
    r"\b(?:never|only|not much|not really|little|limited|none|no real|hadn'?t|haven'?t|"
    r"didn'?t have|don'?t have|couldn'?t|can'?t|not yet|first time|new to|from scratch)\b"
)
_GUESSED = re.compile(
    r"\b(?:thinks?|thought|reckon|worried|concerned|unsure|not sure|doubts?|wants|wanted|"
    r"prob|probably|maybe)\b"
)
_HE_SHE = re.compile(r"\b(?:she|he|they|her|him|them)\b")
_CANDIDATE_ASKED = re.compile(r"^(?:i|me) (?:asked|wanted to know|wondered)\b")

EXTRA_FEATURES = (
    "asked",
    "said",
    "arrow",
    "quoted remark",
    "lack words",
    "guessed",
    "he or she",
    "question mark",
    "reaction only",
    "reaction words",
    "candidate asked",
    "own worry",
    "let go",
)


def concern_features(text: str) -> list[str]:
    """The features of a clause or part: part_model's, then the concern ones."""
    folded = fold(text).strip()
    data = cues()
    found = (
        _ASKED.search(folded),
        _SAID.search(folded),
        _ARROWED.search(folded),
        _QUOTED.search(folded),
        _LACK.search(folded),
        _GUESSED.search(folded),
        _HE_SHE.search(folded),
        "?" in folded,
        data.reaction_loose.fullmatch(folded.rstrip(" .!")),
        data.reaction.search(folded),
        _CANDIDATE_ASKED.match(folded),
        data.own_worry.search(folded),
        data.dropped.search(folded),
    )
    extra = [name for name, hit in zip(EXTRA_FEATURES, found, strict=True) if hit]
    return [*part_features(text), *extra]


@lru_cache(maxsize=1)
def _model() -> Model:
    return load_model("concern_model.json", KINDS)


def switched_on(kind: str) -> bool:
    """Whether leaving one writer out chose to use this judgement at all."""
    return _model().thresholds[kind] <= 1.0


def judge(kind: str, text: str) -> Reading:
    """Whether `text` is `kind` ("concern" for a clause, "marker" for a part of a concern), by
    the shipped weights and the threshold chosen writer against writer."""
    model = _model()
    threshold = model.thresholds[kind]
    if threshold > 1.0:
        return Reading(False, 0.0, ())
    weights = model.weights[kind]
    feats = concern_features(text)
    p = probability(feats, weights)
    weighed = sorted((f for f in feats if f in weights and f != "bias"), key=lambda f: -weights[f])
    return Reading(p >= threshold, p, tuple(weighed[:_EXPLAIN]))
