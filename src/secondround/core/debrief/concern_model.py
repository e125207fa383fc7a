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

Logistic regression over the words of the text and general features (those above, and the
employer's need said back, asking again, a face or a silence, a comparison, a laugh, praise, a
fact about the employer, a doubt stated outright, their push by a quoted follow-up question),
and, for a clause, its context (`clause_context`: under a heading of their doubts or another, a
reaction, a doubt let go or the candidate's reading in the next sentences), trained on the dev
notes of the readers corpus by `benchmarks/train_debrief_concerns.py`, thresholds chosen leaving
one writer out, weights shipped as data (data/debrief/concern_model.json). Each reading keeps
the features that weighed most, so it can be explained.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from secondround.core.debrief.clauses import Clause
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
# What the employer needs, said back to the candidate: "we'd need you up to speed", "you will
# need to learn it fast", "they'd want it done in 18 months".
_NEED = re.compile(
    r"\b(?:we'?d|we would|they'?d|they would|we|they) (?:really )?(?:need|want|expect)\b|"
    r"\byou(?:'?ll| will|'?d| would) (?:need|have) to\b|\bnon[- ]?negotiable\b|"
    r"\bfrom day (?:one|1)\b"
)
# Asking again in any shape: "asked twice", "ask two times", "3 ways", "a follow-up", "again".
_AGAIN = re.compile(
    r"\b(?:again|twice|two times|three times|2x|3x|x2|"
    r"(?:two|three|\d) (?:more )?(?:ways|questions?)|follow[- ]?ups?|repeat\w*|"
    r"in (?:other|different) words|kept|came back|circled back)\b"
)
# The face, the silence or the pen: "looked at each other", "a tiny smile", "went quiet".
_FACE = re.compile(
    r"\b(?:looked|look|looks|seemed|face|frown\w*|smile\w*|shrug\w*|eyebrows?|quiet|silen\w+|"
    r"pause\w*|waited|sigh\w*|wince\w*|nodded|wrote|write|writing|noted|note|scribbl\w+|jott\w+|"
    r"typed|moved on|hm+)\b"
)
# The candidate's side of a gap compared with what the job needs: "mostly adults", "only Ford",
# "i have A+B, not C", "more ... than".
_COMPARED = re.compile(
    r"\b(?:mostly|mainly|only|just|but not|not|rather than|instead of|than|different|vs|versus)\b"
)
_LAUGHED = re.compile(r"\b(?:lol|lmao|haha\w*|bless|ngl)\b|:\)")
# Praise or an answer they liked: no doubt, however it is worded.
_PRAISE = re.compile(
    r"\b(?:great|brilliant|perfect|impressed|loved|liked|exactly|spot on|good answer|strong|"
    r"a plus|relieved|happy with)\b"
)
# Facts about the employer: "they have 85 clients", "the team is 6", "we use Epic".
_THEIR_FACT = re.compile(
    r"^(?:they|there|the (?:team|role|job|company|office|site|shift)|we|it) "
    r"(?:have|has|use|uses|are|is|'re|'s|run|runs|do|does)\b"
)

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
    "need said back",
    "asked again",
    "face or silence",
    "compared",
    "laughed",
    "praise",
    "their fact",
    "stated outright",
    "their push",
)


# The doubt said outright, by them or in the candidate's own summary: "my worry is you've never",
# "they are worried i've never", "my read:", "overall vibe:", "the gap for her".
_STATED = re.compile(
    r"\b(?:my|the|their|his|her|main|big|real) (?:worry|concern|doubt|read|sense|take|gut)\b|"
    r"\b(?:overall )?vibes?\b|\b(?:they|she|he) (?:are|is|was|were|seemed|seem|seems) "
    r"(?:\w+ )?(?:worried|concerned|unsure|not sure|hesitant|wary)\b|\bthe gap\b|"
    r"\b(?:is|was) (?:the|a) (?:sticking point|red flag)\b"
)
# Their push by scenario or a question of theirs quoted: "and the third time?", "so what do you
# do first?", "'ok but what do you say to the people waiting'".
_PUSH = re.compile(
    r"[\"“'‘]\s*(?:and|but|so|ok|okay|what|how|why|who|when|really|even|right)\b[^\"”’]*\?|"
    r"^(?:and|but|so) (?:the|if|what|how|when|then)\b[^?]*\?|\bwhat (?:if|would you|do you)\b"
)
# The sentences around a clause: what follows a doubt says how they took it.
CONTEXT_FEATURES = (
    "under their doubts",
    "under another heading",
    "reaction after",
    "let go after",
    "candidate's reading after",
)
_AFTER = 2


def clause_context(clauses: Sequence[Clause], index: int) -> list[str]:
    """The context features of clause `index`: the heading it sits under, and what the next
    clauses on its line or the next say (a reaction, a doubt let go, the candidate's reading)."""
    clause = clauses[index]
    data = cues()
    feats = []
    if "concerns" in (clause.heading, clause.label):
        feats.append("under their doubts")
    elif clause.heading or clause.label:
        feats.append("under another heading")
    after = [c.text for c in clauses[index + 1 : index + 1 + _AFTER] if c.line - clause.line <= 1]
    folded = [fold(t).strip() for t in after]
    if any(data.reaction.fullmatch(f) or data.reaction_loose.fullmatch(f) for f in folded):
        feats.append("reaction after")
    if any(data.dropped.search(f) for f in folded):
        feats.append("let go after")
    if any(_GUESSED.search(f) and _HE_SHE.search(f) for f in folded):
        feats.append("candidate's reading after")
    return feats


def concern_features(text: str, context: Sequence[str] = ()) -> list[str]:
    """The features of a clause or part: part_model's, then the concern ones, then `context`
    (clause_context's, for a clause read among its neighbours)."""
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
        _NEED.search(folded),
        _AGAIN.search(folded),
        _FACE.search(folded),
        _COMPARED.search(folded),
        _LAUGHED.search(folded),
        _PRAISE.search(folded),
        _THEIR_FACT.match(folded),
        _STATED.search(folded),
        _PUSH.search(folded),
    )
    extra = [name for name, hit in zip(EXTRA_FEATURES, found, strict=True) if hit]
    return [*part_features(text), *extra, *context]


@lru_cache(maxsize=1)
def _model() -> Model:
    return load_model("concern_model.json", KINDS)


def switched_on(kind: str) -> bool:
    """Whether leaving one writer out chose to use this judgement at all."""
    return _model().thresholds[kind] <= 1.0


def judge(kind: str, text: str, context: Sequence[str] = ()) -> Reading:
    """Whether `text` is `kind` ("concern" for a clause, with its `clause_context`; "marker" for
    a part of a concern), by the shipped weights and the threshold chosen writer against
    writer."""
    model = _model()
    threshold = model.thresholds[kind]
    if threshold > 1.0:
        return Reading(False, 0.0, ())
    weights = model.weights[kind]
    feats = concern_features(text, context)
    p = probability(feats, weights)
    weighed = sorted((f for f in feats if f in weights and f != "bias"), key=lambda f: -weights[f])
    return Reading(p >= threshold, p, tuple(weighed[:_EXPLAIN]))
