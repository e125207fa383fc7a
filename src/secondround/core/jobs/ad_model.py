"""Whether an advert asks for a competency at all: the job reader's second, ad-level stage.

The cue phrases and the line model (core/jobs/lines.py) propose candidates (a line proposes from
the ad model's own `propose` probability, low, so that what no cue lists can still be found); one
weak line, or a
lone cue word in a line that asks for something else, should not make a competency. This small
logistic model looks at the whole advert for each candidate: the line model's best and second
best probability for it over the advert's lines, over the lines holding its cue mentions, how
many lines ask for it, how the cues were asked (core/jobs/scorer.py's features), which
competency it is and how long the advert is. It is trained by `benchmarks/train_job_model.py` on
line probabilities read out of sample (each writer's adverts read by a line model trained
without that writer), so it learns how far to trust the line model on a writer it has not read,
and shipped as `data/jobs/ad_model.json` with the threshold chosen by leave-one-writer-out, and
for the competencies where nested leave-one-writer-out gained by it, a threshold of their own.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache

from secondround.core.competencies import COMPETENCIES
from secondround.core.jobs.data import JobsDataError, read_data

# The scorer's features the ad model reads too: mentions, cue source, section, phrase length and
# whether a mention is addressed to the person hired.
CUE_FEATURES = ("n:", "src:", "sec:", "len:", "ctx:")
# A line asks for a competency "at all" from this probability, "clearly" from the second.
ASKS_AT_ALL = 0.3
ASKS_CLEARLY = 0.6


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p)) / 4


def ad_features(
    key: str,
    kind: str,
    cue_features: dict[str, float],
    line_ps: list[float],
    mention_p: float,
    words: int,
) -> dict[str, float]:
    """The features of one candidate competency of one advert. `line_ps` are the line model's
    probabilities for it over the advert's lines; `mention_p` over the lines holding its cues."""
    ps = sorted(line_ps, reverse=True)
    best = ps[0] if ps else 0.0
    second = ps[1] if len(ps) > 1 else 0.0
    out = {k: v for k, v in cue_features.items() if k.startswith(CUE_FEATURES)}
    out.update(
        {
            f"key:{key}": 1.0,
            f"kind:{kind}": 1.0,
            "p:best": _logit(best),
            "p:second": _logit(second),
            "p:mention": _logit(best if kind == "line" else mention_p),
            f"kp:{key}": _logit(best),
            f"n3:{min(sum(p >= ASKS_AT_ALL for p in ps), 3)}": 1.0,
            f"n6:{min(sum(p >= ASKS_CLEARLY for p in ps), 2)}": 1.0,
            f"words:{'short' if words < 130 else 'medium' if words < 260 else 'long'}": 1.0,
        }
    )
    return out


@dataclass(frozen=True)
class AdModel:
    """The weights of the ad-level model, its bias and the probability a competency needs: the
    global threshold, or a key's own where leave-one-writer-out chose one (`thresholds`).
    `propose` is the line probability from which a competency no cue found is put to it at all:
    a key no line reaches it for is never found, so leave-one-writer-out chooses it too."""

    bias: float
    weights: dict[str, float]
    threshold: float
    thresholds: dict[str, float] = field(default_factory=dict)
    propose: float = 0.1

    def threshold_for(self, key: str) -> float:
        """The probability a candidate of this competency needs to be kept."""
        return self.thresholds.get(key, self.threshold)

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * v for name, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def ad_model() -> AdModel:
    """The shipped ad model, checked as it loads."""
    try:
        data = json.loads(read_data("ad_model.json"))
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        bias, threshold = float(data["bias"]), float(data["threshold"])
        thresholds = {str(k): float(v) for k, v in data.get("thresholds", {}).items()}
        propose = float(data.get("propose", 0.1))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise JobsDataError(f"ad_model.json is malformed: {exc}") from exc
    values = [bias, *weights.values()]
    cuts = [threshold, *thresholds.values()]
    if not all(0.0 < t < 1.0 for t in cuts) or not all(math.isfinite(v) for v in values):
        raise JobsDataError("ad_model.json: a weight or a threshold is out of range.")
    if not 0.0 <= propose < 1.0:
        raise JobsDataError("ad_model.json: the proposal probability is out of range.")
    if not set(thresholds) <= set(COMPETENCIES):
        raise JobsDataError("ad_model.json: a threshold is for no competency key.")
    return AdModel(bias, weights, threshold, thresholds, propose)
