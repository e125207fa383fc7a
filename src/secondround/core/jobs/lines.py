"""Which competencies one line of an advert asks for: a small trained one-vs-rest model.

Cue phrases find the wordings someone listed; adverts by other writers ask for the same
behaviour in words nobody listed ("talk the client through it without jargon"). This model reads
one sentence or list item at a time and gives, for each competency, the probability that the line
asks for it, from the line's words and word pairs (stemmed), the cue phrases it holds and whether
it is addressed to the person hired. It is a logistic model per competency, pure Python; the
weights are learnt by `benchmarks/train_job_model.py` from the dev split of the readers corpus
(single labelled advert lines, the evidence phrases of dev adverts, their other lines as
negatives) and shipped as `data/jobs/line_model.json`.

core/jobs/competencies.py keeps a competency when a line asks for it clearly enough (the
`propose` threshold), showing that line as the evidence, and drops a cue-found one when no line
around its mentions reads as asking for it at all (the `veto` threshold).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from secondround.core.competencies import COMPETENCIES
from secondround.core.jobs.data import JobsDataError, read_data
from secondround.core.jobs.scorer import is_boilerplate
from secondround.core.text.phrases import stem

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_ADDRESSED = re.compile(
    r"(?i)\b(?:you|your|you'll|you're|you've|yourself|someone|candidate|the person|"
    r"we need|we want|we expect|looking for|able to|ability to|must|should|required|essential)\b"
)
_BULLET = re.compile(r"^\s*(?:[-*•·–—]|\d{1,2}[.)])\s+")
_COMPANY = re.compile(r"(?i)\b(?:we|we're|we've|our|us)\b")
# A line needs a few words to say what it asks for: a header ("Communication") says nothing.
MIN_WORDS = 4


def line_features(line: str, cue_keys: Iterable[str] = ()) -> list[str]:
    """The features of one advert line: stemmed words, word pairs, the keys of the cue phrases
    found in it, and how it is addressed."""
    stems = [stem(w) for w in _WORD.findall(line.lower().replace("’", "'"))]
    feats = {f"w:{s}" for s in stems}
    feats.update(f"b:{a}_{b}" for a, b in pairwise(stems))
    feats.update(f"cue:{k}" for k in cue_keys)
    if _ADDRESSED.search(line) or _BULLET.match(line):
        feats.add("ctx:asks")
    elif _COMPANY.search(line):
        feats.add("ctx:company")
    if is_boilerplate(line):
        feats.add("ctx:boilerplate")
    return sorted(feats)


def word_count(line: str) -> int:
    return len(_WORD.findall(line.lower()))


@dataclass(frozen=True)
class LineModel:
    """Per competency a bias and weights over line features; the two thresholds the ad uses."""

    bias: dict[str, float]
    weights: dict[str, dict[str, float]]
    propose: float
    veto: float

    def read(self, line: str, cue_keys: Iterable[str] = ()) -> dict[str, float]:
        """Competency key -> probability that this advert line asks for it."""
        return self.probabilities(line_features(line, cue_keys))

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """Competency key -> probability that a line with these features asks for it."""
        z = dict(self.bias)
        for feature in features:
            for key, weight in self.weights.get(feature, {}).items():
                z[key] += weight
        return {k: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v)))) for k, v in z.items()}

    def to_dict(self) -> dict[str, object]:
        return {
            "propose": self.propose,
            "veto": self.veto,
            "bias": {k: round(v, 4) for k, v in sorted(self.bias.items())},
            "weights": {
                f: {k: round(w, 4) for k, w in sorted(ws.items())}
                for f, ws in sorted(self.weights.items())
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> LineModel:
        """The model from its JSON form, checked; JobsDataError when malformed."""
        try:
            bias = {str(k): float(v) for k, v in data["bias"].items()}  # type: ignore[attr-defined]
            weights = {
                str(f): {str(k): float(w) for k, w in ws.items()}
                for f, ws in data["weights"].items()  # type: ignore[attr-defined]
            }
            propose, veto = float(data["propose"]), float(data["veto"])  # type: ignore[arg-type]
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise JobsDataError(f"line_model.json is malformed: {exc}") from exc
        keys = set(bias) | {k for ws in weights.values() for k in ws}
        if not keys <= set(COMPETENCIES) or set(bias) != keys:
            raise JobsDataError("line_model.json: a key is not one of the competency keys.")
        if not (0.0 < propose <= 1.0 and 0.0 <= veto < 1.0):
            raise JobsDataError("line_model.json: a threshold is out of range.")
        values = [*bias.values(), *(w for ws in weights.values() for w in ws.values())]
        if not all(math.isfinite(v) for v in values):
            raise JobsDataError("line_model.json: a weight is not a finite number.")
        return cls(bias, weights, propose, veto)


@lru_cache(maxsize=1)
def line_model() -> LineModel:
    """The shipped line model, checked as it loads."""
    try:
        data = json.loads(read_data("line_model.json"))
    except ValueError as exc:
        raise JobsDataError(f"line_model.json is malformed: {exc}") from exc
    if not isinstance(data, dict):
        raise JobsDataError("line_model.json is malformed: not an object.")
    return LineModel.from_dict(data)
