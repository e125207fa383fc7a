"""Label each sentence S, T, A, R or O, with the evidence that decided it.

Each sentence is described by features: the linguistic cues of `data/coach/star_cues.yaml` (tense,
task and result markers, preambles, generic beliefs, hypotheticals), its words and first words,
its place from the start of the answer, the label of the sentence before and the question's kind.
A small multinomial logistic model (`data/coach/star_model.json`, trained on the corpus's train
split by `benchmarks/train_star.py`) scores each label, and sentences are labelled left to right,
each from what precedes it only: so appending a follow-up answer never changes an earlier label.
The evidence of a label is the features that pushed most towards it.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from secondround.core.coach.data import CoachDataError, read_coach_yaml, read_data
from secondround.core.coach.feedback import PARTS
from secondround.core.text.words import irregular_past

# Past forms that describe a state or a wish, not an action the speaker took.
_STATIVE = frozenset((
    "was", "were", "had", "knew", "felt", "thought", "wanted", "needed", "liked", "loved",
    "hated", "hoped", "seemed", "believed", "meant", "used", "supposed", "tired", "interested",
    "worried", "excited", "bored", "scared", "concerned", "pleased", "based", "involved",
    "called", "named", "learned", "learnt", "volunteered", "shed", "bed", "red", "need", "feed",
    "speed", "seed", "weed",
))  # fmt: skip
_ADV = (
    r"(?:(?:then|also|just|quickly|immediately|first|eventually|finally|later|actually|personally|"
    r"really|basically|soon|straight away|instead|even|still|already|never|always|initially|"
    r"specifically|carefully|gradually|simply|therefore|again|and|so|both) )*"
)
_START = r"^(?:(?:and|so|but|yeah|okay|ok|well|oh|right|now|then|anyway|honestly) )*"
# "As a result", "as a team"...: not a role.
_NOT_AS = r"(?!(?:result|team|whole|consequence|example|rule|group|matter|first|last|way|side)\b)"
_FILLER = re.compile(
    r"\b(?:u+m+|u+h+|e+r+m*|a+h+|hmm+|you know|i mean|kind of|sort of|like i said)\b|"
    r"(?:(?<=,)|(?<=^)) ?like(?= ?,)|, like\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand", "million", "billion", "half", "dozen",
]  # fmt: skip
_NUMBER = re.compile(
    r"\b\d[\d,.]*(?:k|m|bn)?\b|\b(?:"
    + "|".join(_NUMBER_WORDS)
    + r")(?:[- ](?:"
    + "|".join(_NUMBER_WORDS)
    + r"|and|one))*\b"
)
_NON_WORD = re.compile(r"[^a-z0-9%£$€' ]+")
_SPACES = re.compile(r" {2,}")
_WORDS = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True)
class Cue:
    label: str
    name: str
    weight: float
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Model:
    cues: tuple[Cue, ...]


def clean(sentence: str) -> str:
    """The sentence as the cues see it: lower case, no fillers, numbers as 9, plain spaces."""
    text = sentence.replace("’", "'").replace("‘", "'")
    text = _FILLER.sub(" ", text).lower()
    text = _NUMBER.sub(" 9 ", text)
    text = _NON_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=1)
def model() -> Model:
    """The cue model from star_cues.yaml, compiled once; CoachDataError if it is malformed."""
    data = read_coach_yaml("star_cues.yaml")
    if not isinstance(data.get("cues"), dict):
        raise CoachDataError("star_cues.yaml must hold a 'cues' mapping by part.")
    past = "|".join(sorted(irregular_past() - _STATIVE, key=len, reverse=True))
    # Irregular pasts keep their prefixes: "rewrote", "oversaw", "undertook".
    verb = rf"(?!(?:{'|'.join(_STATIVE)})\b)(?:[a-z]{{2,}}ed|(?:re|over|under|out|mis)?(?:{past}))"
    cues: list[Cue] = []
    for label, entries in data["cues"].items():
        if label not in PARTS or not isinstance(entries, list):
            raise CoachDataError(f"star_cues.yaml: unknown part {label!r} or cues not a list.")
        for entry in entries:
            try:
                source = (
                    str(entry["pattern"])
                    .replace("{PAST}", verb)
                    .replace("{ADV}", _ADV)
                    .replace("{WE}", "(?:i|we)")
                    .replace("{START}", _START)
                    .replace("{NOT_AS}", _NOT_AS)
                )
                cues.append(
                    Cue(label, str(entry["name"]), float(entry["weight"]), re.compile(source))
                )
            except (KeyError, TypeError, ValueError, re.error) as exc:
                raise CoachDataError(f"star_cues.yaml: bad cue under {label}: {exc}") from exc
    return Model(tuple(cues))


@dataclass(frozen=True)
class Weights:
    """The trained labeller: a weight per feature and label, and the words it knows."""

    labels: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    vocabulary: frozenset[str]
    # How much the hand-set cue weights of star_cues.yaml count beside the learned ones: the
    # rules carry general knowledge (say "as a result" marks a result) that the corpus may lack.
    rule_weight: float = 1.0


@lru_cache(maxsize=1)
def trained() -> Weights:
    """The weights in star_model.json; CoachDataError if the file is malformed."""
    try:
        data = json.loads(read_data("star_model.json"))
        labels = tuple(str(x) for x in data["labels"])
        weights = {str(k): tuple(float(x) for x in v) for k, v in data["weights"].items()}
        vocabulary = frozenset(str(w) for w in data["vocabulary"])
        rule_weight = float(data["rule_weight"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CoachDataError(f"star_model.json is malformed: {exc}") from exc
    if set(labels) != set(PARTS) or any(len(v) != len(labels) for v in weights.values()):
        raise CoachDataError("star_model.json: every weight needs one value per part S T A R O.")
    return Weights(labels, weights, vocabulary, rule_weight)


def sentence_features(
    sentence: str, index: int, kind: str, vocabulary: frozenset[str] | None = None
) -> list[str]:
    """The features of one sentence that do not depend on the label before it.

    With `vocabulary`, word features are kept only for known words (the training script passes
    None to see them all). Only what precedes the sentence is used, never what follows.
    """
    return _features(sentence, index, kind, vocabulary)[0]


def rule_scores(sentence: str) -> list[float]:
    """The hand-set cue weights of star_cues.yaml summed per part (S, T, A, R, O)."""
    return _features(sentence, 0, "general", frozenset())[1]


def _features(
    sentence: str, index: int, kind: str, vocabulary: frozenset[str] | None
) -> tuple[list[str], list[float]]:
    m = model()
    text = clean(sentence)
    words = _WORDS.findall(text)
    out = ["bias", f"kind:{kind}", f"pos:{min(index, 6)}"]
    if index == 0:
        out.append(f"kind:{kind}|first")
    rules = [0.0] * len(PARTS)
    for cue in m.cues:
        if cue.pattern.search(text):
            out.append(f"cue:{cue.label}:{cue.name}")
            rules[PARTS.index(cue.label)] += cue.weight
    count = len(words)
    out.append(
        "len:"
        + ("1-3" if count <= 3 else "4-8" if count <= 8 else "9-20" if count <= 20 else "21+")
    )
    if words:
        out.append("start:" + words[0])
        if len(words) > 1:
            out.append("start:" + " ".join(words[:2]))
    grams = set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}
    out.extend(f"w:{g}" for g in sorted(grams) if vocabulary is None or g in vocabulary)
    if sentence.rstrip().endswith("?"):
        out.append("ends with a question mark")
    return out, rules


def context_features(previous: str, kind: str) -> list[str]:
    return [f"prev:{previous}", f"kind:{kind}|prev:{previous}"]


def label_sentences(
    sentences: list[str], kind: str = "general", weights: Weights | None = None
) -> list[tuple[str, tuple[str, ...]]]:
    """A STAR part and its evidence (the strongest features) for each sentence, in order.

    `weights` defaults to the shipped model (the training script passes its own).
    """
    w = weights or trained()
    out: list[tuple[str, tuple[str, ...]]] = []
    previous = "START"
    for i, sentence in enumerate(sentences):
        features, rules = _features(sentence, i, kind, w.vocabulary)
        features += context_features(previous, kind)
        scores = _scores(w, features, rules)
        best = max(range(len(w.labels)), key=lambda k: scores[k])
        label = w.labels[best]
        out.append((label, _evidence(w, features, best)))
        previous = label
    return out


def _scores(w: Weights, features: list[str], rules: list[float]) -> list[float]:
    totals = [w.rule_weight * r for r in rules]
    for feature in features:
        row = w.weights.get(feature)
        if row is not None:
            for k, value in enumerate(row):
                totals[k] += value
    return totals


def probabilities(scores: list[float]) -> list[float]:
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return [e / total for e in exp]


def _evidence(w: Weights, features: list[str], best: int) -> tuple[str, ...]:
    """Readable names of the features that pushed most towards label `best` over the others.

    A cue counts with its learned weights plus its hand-set weight (as in the score).
    """
    rules = _cue_weights()
    pushes: list[tuple[float, str]] = []
    for feature in features:
        row = list(w.weights.get(feature, ()))
        if feature in rules:
            row = row or [0.0] * len(w.labels)
            part, weight = rules[feature]
            row[part] += w.rule_weight * weight
        if not row or feature == "bias":
            continue
        rival = max(v for k, v in enumerate(row) if k != best)
        push = row[best] - rival
        if push > 0.05:
            pushes.append((push, feature))
    pushes.sort(reverse=True)
    cues = [f for _, f in pushes if f.startswith("cue:")]
    others = [f for _, f in pushes if not f.startswith("cue:")][:3]
    chosen = [f for _, f in pushes if f in cues or f in others][:6]
    return tuple(dict.fromkeys(_describe(f) for f in chosen)) or ("position in the answer",)


@lru_cache(maxsize=1)
def _cue_weights() -> dict[str, tuple[int, float]]:
    return {f"cue:{c.label}:{c.name}": (PARTS.index(c.label), c.weight) for c in model().cues}


_LABEL_WORDS = {
    "S": "a situation",
    "T": "a task",
    "A": "an action",
    "R": "a result",
    "O": "another",
    "START": "nothing",
}


def _describe(feature: str) -> str:
    name, _, value = feature.partition(":")
    if name == "cue":
        return value.partition(":")[2]
    if name == "w":
        return f'the word{"s" if " " in value else ""} "{value}"'
    if name == "start":
        return f'starts "{value}"'
    if name == "pos":
        return "the first sentence" if value == "0" else "position in the answer"
    if name == "prev":
        return f"follows {_LABEL_WORDS.get(value, value)} sentence"
    if name == "len":
        return {"1-3": "hardly any words", "21+": "a long sentence"}.get(value, "its length")
    if name == "kind":
        return f"the kind of question ({value.split('|')[0]})"
    return feature
