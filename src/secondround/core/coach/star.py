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
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from secondround.core.coach.data import CoachDataError, read_coach_yaml, read_data
from secondround.core.coach.feedback import PARTS
from secondround.core.text.prefilter import NeedleScan, QuickPattern
from secondround.core.text.words import content_words, irregular_past, keyword_stem

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
# An inline heading, as career sites print model answers: "Situation: ...", "**Result** - ...".
# The heading is a hint, not the label: sites also put it on the wrong sentence.
_HEADING = re.compile(
    r"^[\s\-*•#>]*\**\s*(situation|context|background|the situation|task|the task|challenge|"
    r"the challenge|problem|goal|objective|action|actions|the action|approach|what i did|"
    r"result|results|the result|outcome|the outcome|impact|lesson|learning|what i learned)"
    r"\s*\**\s*[:\-–—]\s*\**",
    re.IGNORECASE,
)
_HEADING_PART = {
    "situation": "S", "context": "S", "background": "S", "task": "T", "challenge": "T",
    "problem": "T", "goal": "T", "objective": "T", "action": "A", "actions": "A", "approach": "A",
    "what i did": "A", "result": "R", "results": "R", "outcome": "R", "impact": "R",
    "lesson": "R", "learning": "R", "what i learned": "R",
}  # fmt: skip
_HEADING_WEIGHT = 1.5
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

    # A sentence's candidate cues are those whose required strings one scan of it finds (see
    # `core.text.prefilter`) and those that require none, searched in the cues' order, as all
    # were: a cue skipped could not have matched.
    @cached_property
    def quick(self) -> dict[re.Pattern[str], QuickPattern]:
        """Each cue pattern (cues may share one) with the strings its matches need, whole: the
        cues are long phrases ("i needed to"), and a whole one rules out more sentences."""
        return {c.pattern: QuickPattern(c.pattern, split=False, cut=None) for c in self.cues}

    @cached_property
    def scan(self) -> NeedleScan:
        """One pass over a sentence for the strings of every cue."""
        return NeedleScan(self.quick.values())

    @cached_property
    def by_slot(self) -> dict[int, tuple[int, ...]]:
        """For each pattern slot of the scan, the indices of the cues that use that pattern."""
        found: dict[int, list[int]] = {}
        for index, cue in enumerate(self.cues):
            slot = self.scan.slot(self.quick[cue.pattern])
            if slot is not None:
                found.setdefault(slot, []).append(index)
        return {s: tuple(indices) for s, indices in found.items()}

    @cached_property
    def unfiltered(self) -> frozenset[int]:
        """The indices of the cues searched in every sentence (no required string known)."""
        return frozenset(i for i, c in enumerate(self.cues) if self.quick[c.pattern].needs is None)

    def candidates(self, text: str) -> list[int]:
        """The indices of the cues that may match the cleaned sentence `text`, in order."""
        found = set(self.unfiltered)
        by_slot = self.by_slot
        for slot in self.scan.scan(text):
            found.update(by_slot.get(slot, ()))
        return sorted(found)


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
    # The sentence's place is a feature up to this index (0: only "the first sentence").
    positions: int = 6
    # Cues also count apart for answers to questions that are not stories ("I'd" is a plan there).
    kind_cues: bool = False
    # The cues of the sentence before count too ("My job was to…" before "I rang…").
    prev_cues: bool = False
    # Story kinds (behavioural, in depth) and the others pooled: a prior, its place and the
    # label before for "is this answer a story", shared by the seven small non-story kinds.
    kind_group: bool = False
    # A bullet line's shape counts: verbless ("- Q3 2024, 12-person team"), led by a verb
    # ("- Booked two generators"), led by a number, or with a subject ("- I rang..."). 0: not at
    # all; 1: as learned features; 2: as hand-set weights in stories (a verbless bullet leans
    # to S, one led by a verb to A); 3: both.
    bullet_shape: int = 0
    # A spoken opening's warm-up words ("okay so yeah I supervise...") are passed over before
    # the first words are read, so the sentence starts where its content does.
    start_skip: bool = False
    # Kinds whose answer is itself a fact about the speaker ("I hold a C+E licence", "about
    # forty a week"): their cues count apart from the other non-story kinds', where such a
    # sentence is rare and a sentence about nobody in particular is the company or the plan.
    fact_kinds: frozenset[str] = frozenset()
    # What each feature pushes towards each label (see `_evidence`), filled as features are met.
    pushes: dict[tuple[str, int], float] = field(default_factory=dict, compare=False, repr=False)


@lru_cache(maxsize=1)
def trained() -> Weights:
    """The weights in star_model.json; CoachDataError if the file is malformed."""
    try:
        data = json.loads(read_data("star_model.json"))
        labels = tuple(str(x) for x in data["labels"])
        weights = {str(k): tuple(float(x) for x in v) for k, v in data["weights"].items()}
        vocabulary = frozenset(str(w) for w in data["vocabulary"])
        rule_weight = float(data["rule_weight"])
        features = data.get("features", {})
        positions = int(features.get("positions", 6))
        kind_cues = bool(features.get("kind_cues", False))
        prev_cues = bool(features.get("prev_cues", False))
        kind_group = bool(features.get("kind_group", False))
        bullet_shape = int(features.get("bullet_shape", 0))
        start_skip = bool(features.get("start_skip", False))
        fact_kinds = frozenset(str(k) for k in features.get("fact_kinds", ()))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CoachDataError(f"star_model.json is malformed: {exc}") from exc
    if set(labels) != set(PARTS) or any(len(v) != len(labels) for v in weights.values()):
        raise CoachDataError("star_model.json: every weight needs one value per part S T A R O.")
    return Weights(
        labels,
        weights,
        vocabulary,
        rule_weight,
        positions,
        kind_cues,
        prev_cues,
        kind_group,
        bullet_shape,
        start_skip,
        fact_kinds,
    )


def question_stems(question: str | None) -> frozenset[str]:
    """The question's content words, roughly stemmed, to spot an answer that restates it."""
    return frozenset(keyword_stem(w) for w in content_words(question or ""))


def sentence_features(
    sentence: str,
    index: int,
    kind: str,
    vocabulary: frozenset[str] | None = None,
    asked: frozenset[str] = frozenset(),
    shape: Weights | None = None,
) -> list[str]:
    """The features of one sentence that do not depend on the label before it.

    With `vocabulary`, word features are kept only for known words (the training script passes
    None to see them all). `asked` holds the question's stems (`question_stems`); `shape` the
    model whose feature options apply (the shipped one by default). Only what precedes the
    sentence is used, never what follows.
    """
    return _features(sentence, index, kind, vocabulary, asked, shape or trained())[0]


def rule_scores(sentence: str, kind: str = "general", shape: Weights | None = None) -> list[float]:
    """The hand-set cue weights of star_cues.yaml (and headings, and with `shape` a bullet's
    shape in a story of `kind`) summed per part (S T A R O)."""
    return _features(sentence, 0, kind, frozenset(), frozenset(), shape or _PLAIN)[1]


# Kinds whose answers are not a story: their reasons, plans and questions are O.
NOT_STORY = frozenset({
    "situational", "motivation", "company_knowledge", "plan_90_days", "factual", "salary",
    "loose_ends",
})  # fmt: skip


def _as_story(kind: str) -> str:
    # With no question (or one the coach cannot place) the answer is coached as a story, so it is
    # labelled as one; in the corpora that kind is rare and mostly odd answers, a poor guide.
    return "behavioural" if kind == "general" else kind


def _features(
    sentence: str,
    index: int,
    kind: str,
    vocabulary: frozenset[str] | None,
    asked: frozenset[str],
    shape: Weights,
) -> tuple[list[str], list[float]]:
    m = model()
    text = clean(sentence)
    words = _WORDS.findall(text)
    kind = _as_story(kind)
    out = ["bias", f"kind:{kind}", f"pos:{min(index, shape.positions)}"]
    if index == 0:
        out.append(f"kind:{kind}|first")
    rules = [0.0] * len(PARTS)
    story = kind not in NOT_STORY
    apart = "fact answer|" if kind in shape.fact_kinds else "other kind|"
    if shape.kind_group:
        group = _group(kind)
        out.append(f"{group}|pos:{min(index, shape.positions)}")
    hits: dict[re.Pattern[str], bool] = {}
    cues = m.cues
    for number in m.candidates(text):
        cue = cues[number]
        hit = hits.get(cue.pattern)
        if hit is None:
            hit = hits[cue.pattern] = cue.pattern.search(text) is not None
        if hit:
            out.append(f"cue:{cue.label}:{cue.name}")
            if shape.kind_cues and not story:
                out.append(f"{apart}cue:{cue.label}:{cue.name}")
            rules[PARTS.index(cue.label)] += cue.weight
    heading = _HEADING.match(sentence)
    if heading:
        part = _HEADING_PART[heading.group(1).lower().removeprefix("the ")]
        out.append(f"heading:{part}")
        rules[PARTS.index(part)] += _HEADING_WEIGHT
    if asked and index <= 1 and len(asked) >= 2:
        said = {keyword_stem(w) for w in content_words(sentence)}
        if len(said & asked) * 2 >= len(asked):
            out.append("restates the question")
    count = len(words)
    out.append(
        "len:"
        + ("1-3" if count <= 3 else "4-8" if count <= 8 else "9-20" if count <= 20 else "21+")
    )
    opening = words
    if shape.start_skip:
        skipped = 0
        while skipped < len(words) - 1 and words[skipped] in _WARM_UP:
            skipped += 1
        if skipped:
            out.append("opens with warm-up words")
            opening = words[skipped:]
    if opening:
        out.append("start:" + opening[0])
        if len(opening) > 1:
            out.append("start:" + " ".join(opening[:2]))
    grams = set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}
    out.extend(f"w:{g}" for g in sorted(grams) if vocabulary is None or g in vocabulary)
    if sentence.rstrip().endswith("?"):
        out.append("ends with a question mark")
    if shape.bullet_shape and _BULLET.match(sentence):
        found = _bullet_shape(words)
        if shape.bullet_shape & 1:
            out.extend(found)
            if shape.kind_cues and not story:
                out.extend(f"{apart}{f}" for f in found)
        if shape.bullet_shape & 2 and story:
            for feature, (part, weight) in _BULLET_WEIGHTS.items():
                if feature in found:
                    rules[PARTS.index(part)] += weight
    return out, rules


# Words a spoken sentence may open with before its content (fillers are gone already).
_WARM_UP = frozenset((
    "so", "okay", "ok", "yeah", "yes", "well", "right", "and", "but", "oh", "honestly", "sure",
    "alright", "like", "basically", "actually", "anyway", "now", "then", "er", "erm",
))  # fmt: skip


# Hand-set weights of a bullet's shape in a story (bullet_shape 2).
_BULLET_WEIGHTS = {"bullet|no verb": ("S", 1.0), "bullet|verb first": ("A", 1.0)}


_BULLET = re.compile(r"^\s*(?:[-*•‣▪–—]|\d{1,2}[.)])\s")
# Words that make a clause finite (with a past form or a subject, a bullet is not a fragment).
_FINITE = frozenset((
    "is", "was", "were", "are", "am", "be", "been", "has", "have", "had", "do", "does", "did",
    "will", "would", "can", "could", "should", "shall", "may", "might", "must", "i'm", "it's",
    "we're", "they're", "i've", "we've", "i'd", "we'd", "i'll", "we'll", "that's", "there's",
    "he's", "she's", "isn't", "wasn't", "weren't", "didn't", "don't", "won't", "can't",
))  # fmt: skip
_SUBJECTS = frozenset(("i", "we", "he", "she", "they", "my", "our", "it", "you", "your"))
_DETERMINERS = frozenset((
    "a", "an", "the", "my", "our", "their", "his", "her", "every", "each", "all", "two", "9",
    "some", "it", "them", "him", "me", "us", "up", "out", "back", "off", "in", "to", "and",
))  # fmt: skip


def _bullet_shape(words: list[str]) -> list[str]:
    """Features of a bullet line's shape: the lead word and whether a verb makes it a clause."""
    if not words:
        return ["bullet"]
    out = ["bullet"]
    pasts = irregular_past()
    first = words[0]
    verb_led = first not in _SUBJECTS and (
        (first.endswith("ed") and len(first) > 4 and first not in _STATIVE)
        or (first in pasts and first not in _STATIVE)
        or (
            len(words) > 1
            and words[1] in _DETERMINERS
            and first not in _DETERMINERS
            and first.isalpha()
            and len(first) > 2
        )
    )
    finite = any(w in _FINITE or (w.endswith("ed") and len(w) > 4) or w in pasts for w in words)
    if first in _SUBJECTS:
        out.append("bullet|subject first")
    elif verb_led:
        out.append("bullet|verb first")
    elif first == "9":
        out.append("bullet|number first")
    if not finite and not verb_led and not _SUBJECTS.intersection(words):
        out.append("bullet|no verb")
    if "9" in words:
        out.append("bullet|has a number")
        if verb_led:
            out.append("bullet|verb first, with a number")
    return out


_PLAIN = Weights(PARTS, {}, frozenset())


def _group(kind: str) -> str:
    return "not story" if _as_story(kind) in NOT_STORY else "story"


def context_features(
    previous: str, kind: str, before: list[str] | None = None, group: bool = False
) -> list[str]:
    """Features from what precedes: the label before and (with `before`, the features of the
    sentence before) its cues; with `group`, the label before within story or non-story kinds."""
    out = [f"prev:{previous}", f"kind:{_as_story(kind)}|prev:{previous}"]
    if group:
        out.append(f"{_group(kind)}|prev:{previous}")
    if before:
        out.extend(f"before|{f}" for f in before if f.startswith("cue:"))
    return out


def label_sentences(
    sentences: list[str],
    kind: str = "general",
    weights: Weights | None = None,
    question: str | None = None,
) -> list[tuple[str, tuple[str, ...]]]:
    """A STAR part and its evidence (the strongest features) for each sentence, in order.

    `weights` defaults to the shipped model (the training script passes its own); `question`
    lets an opening that merely restates the question be told apart.
    """
    w = weights or trained()
    asked = question_stems(question)
    out: list[tuple[str, tuple[str, ...]]] = []
    previous = "START"
    before: list[str] = []
    for i, sentence in enumerate(sentences):
        features, rules = _features(sentence, i, kind, w.vocabulary, asked, w)
        mine = features
        features = features + context_features(
            previous, kind, before if w.prev_cues else None, w.kind_group
        )
        before = mine
        scores = _scores(w, features, rules)
        best = max(range(len(w.labels)), key=lambda k: scores[k])
        label = w.labels[best]
        out.append((label, _evidence(w, features, best)))
        previous = label
    return out


def _scores(w: Weights, features: list[str], rules: list[float]) -> list[float]:
    get = w.weights.get
    rows = [row for row in map(get, features) if row is not None]
    rows.append(tuple(w.rule_weight * r for r in rules))
    # Column sums in C (zip, sum): the labeller runs on every sentence of every answer.
    return [sum(column) for column in zip(*rows, strict=True)]


def probabilities(scores: list[float]) -> list[float]:
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return [e / total for e in exp]


def _evidence(w: Weights, features: list[str], best: int) -> tuple[str, ...]:
    """Readable names of the features that pushed most towards label `best` over the others.

    A cue counts with its learned weights plus its hand-set weight (as in the score).
    """
    known = w.pushes
    pushes: list[tuple[float, str]] = []
    for feature in features:
        key = (feature, best)
        push = known.get(key)
        if push is None:
            push = _push(w, feature, best)
            if push is None:
                continue
            # Only features the model weighs are kept: the cache stays as small as the model.
            known[key] = push
        if push > 0.05:
            pushes.append((push, feature))
    pushes.sort(reverse=True)
    cues = [f for _, f in pushes if f.startswith(("cue:", "heading:"))]
    others = [f for _, f in pushes if not f.startswith(("cue:", "heading:"))][:3]
    chosen = [f for _, f in pushes if f in cues or f in others][:6]
    return tuple(dict.fromkeys(_describe(f) for f in chosen)) or ("position in the answer",)


def _push(w: Weights, feature: str, best: int) -> float | None:
    """How much `feature` (its learned weights plus its cue's) favours label `best` over the
    next best, or None for a feature with no weight."""
    learned = w.weights.get(feature)
    cue = _cue_weights().get(feature)
    if (learned is None and cue is None) or feature == "bias":
        return None
    row = list(learned) if learned is not None else [0.0] * len(w.labels)
    if cue is not None:
        row[cue[0]] += w.rule_weight * cue[1]
    return row[best] - max(row[:best] + row[best + 1 :])


@lru_cache(maxsize=1)
def _cue_weights() -> dict[str, tuple[int, float]]:
    weights = {f"cue:{c.label}:{c.name}": (PARTS.index(c.label), c.weight) for c in model().cues}
    for part in set(_HEADING_PART.values()):
        weights[f"heading:{part}"] = (PARTS.index(part), _HEADING_WEIGHT)
    return weights


_HEADING_NAMES = {"S": "situation", "T": "task", "A": "action", "R": "result"}
_LABEL_WORDS = {
    "S": "a situation",
    "T": "a task",
    "A": "an action",
    "R": "a result",
    "O": "another",
    "START": "nothing",
}


def _describe(feature: str) -> str:
    if feature.startswith("before|"):
        return "after " + _describe(feature.removeprefix("before|"))
    if feature.startswith(("other kind|", "fact answer|")):
        return _describe(feature.partition("|")[2]) + " (in this kind of answer)"
    if feature.startswith(("story|", "not story|")):
        group, _, rest = feature.partition("|")
        return f"{_describe(rest)} (in a {'story' if group == 'story' else 'non-story'} answer)"
    name, _, value = feature.partition(":")
    if name == "heading":
        return f"a heading naming the {_HEADING_NAMES.get(value, value)}"
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
    if feature.startswith("bullet"):
        return {
            "bullet": "a bullet line",
            "bullet|subject first": "a bullet that names who acted",
            "bullet|verb first": "a bullet led by a verb",
            "bullet|number first": "a bullet led by a number",
            "bullet|no verb": "a bullet without a verb (a setting or a list)",
            "bullet|has a number": "a bullet with a number",
            "bullet|verb first, with a number": "a bullet led by a verb, with a number",
        }.get(feature, feature)
    return feature
