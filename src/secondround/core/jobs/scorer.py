"""How sure the job reader is that an advert asks for a competency: a small trained linear model.

Cue phrases propose competencies; this model keeps those the advert really asks for. Each
candidate gets a few features saying how it was asked: how many separate mentions; whether a
mention is addressed to the person hired ("you'll", "someone who", a line of duties) or only
describes the employer ("our team is supportive"; the benefits and the equal-opportunity line
never count);
whether it sits in a requirements or essential section; whether the cue is a phrase or a lone
word, and which list it comes from; the word just before it. A logistic model turns them into a
probability. The weights are learnt by `benchmarks/train_job_model.py` from the dev split of the
readers corpus alone and shipped as `data/jobs/competency_model.json`; a candidate is kept when
its probability reaches the threshold chosen there by leave-one-writer-out on dev. What the user
sees as evidence stays the phrase that triggered the competency.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from secondround.core.jobs.data import JobsDataError, read_data
from secondround.core.text.phrases import stem

# Words that address the person hired, or ask for something of them.
_ASKS = re.compile(
    r"(?i)\b(?:you|your|you'll|you're|you've|yourself|someone|somebody|candidate|applicants?|"
    r"the person|a person|we need|we want|we'd like|we expect|looking for|able to|ability to|"
    r"must|should|required|essential|experience (?:of|in|with)|skills? in)\b"
)
# Words of the employer describing itself, its offer or its policies.
_COMPANY = re.compile(r"(?i)\b(?:we|we're|we've|our|us)\b")
_BOILERPLATE = re.compile(
    r"(?i)\b(?:equal opportunit\w*|committed to|welcome applications|regardless of|without regard|"
    r"benefits?|holiday|pension|401\(k\)|pto|discount|allowance|perks|we offer|salary|bonus|"
    r"parental leave|accommodation|reasonable adjustments|disability confident)\b"
)
_BULLET = re.compile(r"^\s*(?:[-*•·–—]|\d{1,2}[.)])\s+")
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")
_WORD = re.compile(r"[a-z']+")


@dataclass(frozen=True)
class Model:
    """The weights of the linear model, its bias and the probability a candidate needs."""

    bias: float
    weights: dict[str, float]
    threshold: float
    # Whether competencies typical of the occupation (O*NET work styles) are proposed at all.
    occupation: bool = True

    def uses_words(self) -> bool:
        """Whether any weight is on a sentence's words, so they must be computed."""
        return any(k.startswith(("word:", "pair:")) for k in self.weights)

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * v for name, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped model, checked as it loads."""
    try:
        data = json.loads(read_data("competency_model.json"))
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        bias, threshold = float(data["bias"]), float(data["threshold"])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise JobsDataError(f"competency_model.json is malformed: {exc}") from exc
    if not 0.0 < threshold < 1.0 or not all(math.isfinite(w) for w in weights.values()):
        raise JobsDataError("competency_model.json: a weight or the threshold is out of range.")
    return Model(bias, weights, threshold, bool(data.get("occupation", True)))


class Sentences:
    """The sentences and list items of an advert, for looking up the one around an offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        for match in _SENTENCE_END.finditer(text):
            starts.append(match.end())
        self._starts = starts

    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of every sentence and list item, without surrounding spaces or bullet."""
        out = []
        ends = [*self._starts[1:], len(self.text)]
        for start, end in zip(self._starts, ends, strict=True):
            piece = self.text[start:end]
            bullet = _BULLET.match(piece)
            lead = bullet.end() if bullet else len(piece) - len(piece.lstrip())
            trimmed = piece.rstrip()
            if len(trimmed) > lead:
                out.append((start + lead, start + len(trimmed)))
        return out

    def around(self, offset: int) -> tuple[int, str]:
        """(start, text) of the sentence holding `offset`."""
        index = bisect_right(self._starts, offset) - 1
        start = self._starts[max(index, 0)]
        end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self.text)
        return start, self.text[start:end]


@dataclass(frozen=True)
class Cue:
    """One mention of a competency as the scorer sees it."""

    start: int | None
    text: str
    source: str
    strength: str


def is_boilerplate(sentence: str) -> bool:
    """The benefits, the pay or the equal-opportunity line: the employer's offer, never a
    behaviour asked of the person hired ("our supportive team and a generous pension")."""
    return _BOILERPLATE.search(sentence) is not None


def features(cues: list[Cue], sentences: Sentences, words: bool = False) -> dict[str, float]:
    """The features of one candidate competency from all its mentions in the advert; `words`
    adds the sentence's words and word pairs (only worth their time when the model uses them)."""
    in_ad = {c.start for c in cues if c.start is not None and c.source != "title"}
    out: dict[str, float] = {f"n:{min(len(in_ad), 3)}": 1.0}
    for cue in cues:
        out[f"src:{cue.source}"] = 1.0
        out[f"sec:{cue.strength}"] = 1.0
        if len(cue.text.split()) > 1:
            out["len:phrase"] = 1.0
        if cue.source == "title":
            # Which word of the title: a "Supervisor" leads people more surely than a "Manager".
            out[f"title:{cue.text.lower()}"] = 1.0
        if cue.start is None or cue.source == "title":
            continue
        start, sentence = sentences.around(cue.start)
        before = _WORD.findall(sentences.text[max(start, cue.start - 30) : cue.start].lower())
        if before:
            out[f"before:{before[-1]}"] = 1.0
        if words:
            # The words of the sentence and their pairs: a bag of words, cross-validated against
            # leaving it out (benchmarks/train_job_model.py).
            stems = [stem(w) for w in _WORD.findall(sentence.lower())]
            out.update((f"word:{w}", 1.0) for w in stems)
            out.update((f"pair:{a}_{b}", 1.0) for a, b in pairwise(stems))
        if _ASKS.search(sentence) or _BULLET.match(sentence):
            out["ctx:asks"] = 1.0
        elif _COMPANY.search(sentence):
            out["ctx:company"] = 1.0
        else:
            out["ctx:other"] = 1.0
    return out


def occupation_features(rank: int, found_in_ad: int) -> dict[str, float]:
    """The features of a competency typical of the job's occupation but not named in the advert."""
    return {"occ:typical": 1.0, f"occ:rank{rank}": 1.0, f"occ:ad{min(found_in_ad, 3)}": 1.0}
