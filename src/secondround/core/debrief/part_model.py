"""A small trained reading of each part of a clause: the candidate's own criticism, an aside, or
neither.

The cue rules (data/debrief/practice.yaml, cues.yaml) name the wordings they know; this model
weighs what such wordings have in common ("i" and a past-tense verb about how it went, "too …",
"barely", "the whole time"; food, weather and small talk), so a wording no cue names can still be
read. It is logistic regression over a few dozen general features and the words of the part,
trained on the readers corpus's dev notes by `benchmarks/train_debrief_parts.py`, its weights
shipped as data (data/debrief/part_model.json). Each reading keeps the features that weighed most,
so it can be explained.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from secondround.core.debrief.data import DebriefDataError, cues, fold, read_data

# What the model reads: the candidate's own criticism in a part, an aside in a clause.
KINDS = ("self_criticism", "noise")
_WORD = re.compile(r"[a-z][a-z']*|\d+")
# A past-tense verb right after "i" (or opening the part): how the candidate did.
_PAST = re.compile(
    r"^(?:(?:i|and|but|then|also|so|just|kinda|basically|def|prob)\s+)*(?:really\s+|totally\s+)?"
    r"(?:was|were|had|did|got|kept|went|gave|made|took|said|told|used|spent|talked|spoke|"
    r"forgot|missed|left|lost|ran|put|let|came|sat|felt|froze|blanked|hadn'?t|didn'?t|"
    r"couldn'?t|wasn'?t|never|[a-z]{3,}ed)\b"
)
_FIRST_PERSON = re.compile(r"^(?:i|i'm|im|i'd|i've|my|me|myself)\b|\b(?:i|my|myself)\b")
_THEM = re.compile(
    r"^(?:(?:she|he|they|the (?:panel|interviewer|manager|team|company))\b|[a-z]+ (?:said|asked|"
    r"says|asks|wants|told|mentioned|explained|thinks|seemed|looked|pushed|laughed|smiled))"
)
# Words that judge how something went, the candidate's own or anyone's.
_JUDGING = re.compile(
    r"\b(?:too|wrong|badly|bad|weak|poor|vague|generic|cliche|clich[eé]|awkward|embarrass\w*|"
    r"cringe|ugh|argh|oops|should(?:'ve| have)?|shouldn'?t|wish|barely|hardly|only|instead|"
    r"forgot|missed|blank\w*|nervous|slow\w*|late|rushed|messy|muddled|mixed up|lost|struggl\w*|"
    r"not (?:great|good|enough|sure)|a lot|the whole time|all the time|again|twice|at all|"
    r"nothing|anything|no (?:idea|answer|example|structure|time))\b"
)
_ASIDE = re.compile(
    r"\b(?:lol|haha\w*|weird|funny|random|whatever|lovely|amazing|gorgeous|delicious|freezing|"
    r"boiling|cold|hot|rain\w*|sunny|weather|coffee|tea|lunch|biscuits?|cake|pizza|food|meal|"
    r"dog|cat|parking|car park|traffic|train|bus|drove|drive|wifi|link|zoom|teams|audio|mic|"
    r"camera|muted|froze|lagg\w*|dropped|bathroom|loo|toilet|kids?|holiday|weekend|football|"
    r"fishing|golf|boat|view|building|lobby|lift|elevator|decor|chairs?|painted|smell\w*)\b"
)
_QUOTE = re.compile(r"[\"“”‘’']")
_MAX_WORDS = 40
# How many features a reading keeps to explain itself.
_EXPLAIN = 3


@dataclass(frozen=True)
class Reading:
    """Whether a text is of the kind asked about, how likely, and the features that weighed most."""

    found: bool
    probability: float
    because: tuple[str, ...]


def part_features(part: str) -> list[str]:
    """The features of one part of a clause: its words and length, then the general ones."""
    return [*_word_features(part), *_cue_features(part)]


def _word_features(part: str) -> list[str]:
    """The features read from the words alone: a dictionary look-up each, quick to weigh."""
    words = _WORD.findall(fold(part).strip())[:_MAX_WORDS]
    feats = ["bias", f"length:{min(len(words) // 4, 4)}"]
    if words:
        feats.append(f"first:{words[0]}")
    feats.extend(f"w:{w[:6]}" for w in dict.fromkeys(words))
    return feats


# The features that take a pattern search each (see _cue_features).
CUE_FEATURES = (
    "past-tense opening",
    "first person",
    "they as the subject",
    "judging words",
    "aside words",
    "quoted words",
    "exclaimed",
    "figure",
    "concern cue",
    "promise cue",
    "aside cue",
)


def _cue_features(part: str) -> list[str]:
    folded = fold(part).strip()
    data = cues()
    found = (
        _PAST.match(folded),
        _FIRST_PERSON.search(folded),
        _THEM.match(folded),
        _JUDGING.search(folded),
        _ASIDE.search(folded),
        _QUOTE.search(part),
        "!" in part or "??" in part,
        re.search(r"\d", folded),
        any(c.pattern.search(folded) for c in data.kinds["concerns"]),
        any(c.pattern.search(folded) for c in data.kinds["promises"]),
        data.noise.search(folded),
    )
    return [name for name, hit in zip(CUE_FEATURES, found, strict=True) if hit]


@dataclass(frozen=True)
class Model:
    # {judgement: {feature: weight}}; "bias" is a feature every text has.
    weights: dict[str, dict[str, float]]
    thresholds: dict[str, float]


def load_model(name: str, kinds: tuple[str, ...]) -> Model:
    """The weights and threshold of each judgement in the data file `name`; a file not shaped so
    is a DebriefDataError naming it."""
    try:
        data = json.loads(read_data(name))
        weights = {
            kind: {str(f): float(w) for f, w in data["weights"][kind].items()} for kind in kinds
        }
        thresholds = {kind: float(data["thresholds"][kind]) for kind in kinds}
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DebriefDataError(f"{name}: expected weights and a threshold per judgement.") from exc
    return Model(weights, thresholds)


@lru_cache(maxsize=1)
def _model() -> Model:
    return load_model("part_model.json", KINDS)


def probability(feats: list[str], weights: dict[str, float]) -> float:
    """The logistic of the summed weights of the features."""
    return _logistic(sum(weights.get(f, 0.0) for f in feats))


def _logistic(total: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def judge(kind: str, text: str) -> Reading:
    """Whether `text` is `kind` ("self_criticism" for a part of a clause, "noise" for a clause),
    by the shipped weights and the threshold chosen writer against writer. The probability is
    exact when found, and otherwise at most what is given."""
    model = _model()
    threshold = model.thresholds[kind]
    if threshold > 1.0:
        # Switched off: leaving one writer out, the model did not beat the rules at this.
        return Reading(False, 0.0, ())
    weights = model.weights[kind]
    words = _word_features(text)
    # Most parts are far from the threshold on their words alone, whatever the patterns would
    # add: weighing the patterns only when they could tip it keeps the reader as quick as before.
    bound = sum(weights.get(f, 0.0) for f in words)
    bound += sum(max(0.0, weights.get(f, 0.0)) for f in CUE_FEATURES)
    if _logistic(bound) < threshold:
        return Reading(False, _logistic(bound), ())
    feats = [*words, *_cue_features(text)]
    p = probability(feats, weights)
    weighed = sorted((f for f in feats if f in weights and f != "bias"), key=lambda f: -weights[f])
    return Reading(p >= threshold, p, tuple(weighed[:_EXPLAIN]))
