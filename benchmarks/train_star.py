"""Train the coach's sentence labeller on the corpus's train split and write its weights.

    python benchmarks/train_star.py        # fit on train, write data/coach/star_model.json
    python benchmarks/train_star.py --cv   # first 5-fold cross-validation on train only (how the
                                           # settings below were chosen); test is never read
    STAR_L2=3e-4 STAR_MIN_DF=5 python benchmarks/train_star.py --cv --no-write   # try settings

A multinomial logistic regression over the features of `secondround.core.coach.star`
(cues, words, first words, position from the start, previous label, question kind), fitted by
AdaGrad with L2 in pure Python, so it needs nothing beyond the project's own dependencies. The
previous label is the gold one in training; the coach labels left to right with its own.
"""

from __future__ import annotations

import json
import math
import os
import random
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from coach_corpus import corpus_answers

from secondround.core.coach import PARTS
from secondround.core.coach.kinds import question_kind
from secondround.core.coach.star import (
    Weights,
    context_features,
    label_sentences,
    rule_scores,
    sentence_features,
)

OUT = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "secondround"
    / "data"
    / "coach"
    / "star_model.json"
)
# Chosen by --cv on train (macro-F1 of the left-to-right labels).
L2 = float(os.environ.get("STAR_L2", "1e-3"))
MIN_DF = int(os.environ.get("STAR_MIN_DF", "3"))
EPOCHS = 12
RATE = 0.3
SEED = 7
# Share of training sentences whose previous label is replaced by a random one, so the model
# does not lean on the label before more than the words (at run time that label is its own guess).
# The hand-set cue weights count this much beside the learned ones (see star.Weights).
RULE_WEIGHT = float(os.environ.get("STAR_RULE_WEIGHT", "1.0"))
PREV_NOISE = float(os.environ.get("STAR_PREV_NOISE", "0.2"))

Example = tuple[list[str], list[float], int]


def vocabulary(answers: list[dict[str, Any]]) -> frozenset[str]:
    """Words and word pairs used in at least MIN_DF answers: no answer's own vocabulary."""
    df: Counter[str] = Counter()
    for answer in answers:
        seen: set[str] = set()
        for i, sentence in enumerate(answer["sentences"]):
            seen.update(
                f[2:]
                for f in sentence_features(sentence["text"], i, "general")
                if f.startswith("w:")
            )
        df.update(seen)
    return frozenset(w for w, n in df.items() if n >= MIN_DF)


def examples(answers: list[dict[str, Any]], vocab: frozenset[str]) -> list[Example]:
    rng = random.Random(SEED)
    out: list[Example] = []
    for answer in answers:
        kind = question_kind(answer.get("question")).kind
        previous = "START"
        for i, sentence in enumerate(answer["sentences"]):
            features = sentence_features(sentence["text"], i, kind, vocab)
            rules = [RULE_WEIGHT * r for r in rule_scores(sentence["text"])]
            shown = rng.choice(PARTS) if i and rng.random() < PREV_NOISE else previous
            features += context_features(shown, kind)
            out.append((features, rules, PARTS.index(sentence["label"])))
            previous = sentence["label"]
    return out


def fit(data: list[Example]) -> dict[str, list[float]]:
    k = len(PARTS)
    weights: dict[str, list[float]] = {}
    squares: dict[str, list[float]] = {}
    rng = random.Random(SEED)
    order = list(range(len(data)))
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for index in order:
            features, rules, gold = data[index]
            rows = [weights.setdefault(f, [0.0] * k) for f in features]
            scores = [rules[j] + sum(row[j] for row in rows) for j in range(k)]
            top = max(scores)
            exp = [math.exp(s - top) for s in scores]
            total = sum(exp)
            grad = [e / total - (1.0 if j == gold else 0.0) for j, e in enumerate(exp)]
            for feature, row in zip(features, rows, strict=True):
                sq = squares.setdefault(feature, [1e-8] * k)
                for j in range(k):
                    g = grad[j] + L2 * row[j]
                    sq[j] += g * g
                    row[j] -= RATE * g / math.sqrt(sq[j])
    return weights


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    scores = []
    for part in PARTS:
        tp = sum(1 for g, p in pairs if g == p == part)
        fp = sum(1 for g, p in pairs if p == part != g)
        fn = sum(1 for g, p in pairs if g == part != p)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def write(weights: dict[str, list[float]], vocab: frozenset[str], answers: int) -> None:
    kept = {
        f: [round(v, 3) for v in row]
        for f, row in sorted(weights.items())
        if any(abs(v) >= 0.005 for v in row)
    }
    used = {f[2:] for f in kept if f.startswith("w:")}
    data = {
        "source": "Trained by benchmarks/train_star.py on the train split of "
        f"benchmarks/data/coach-corpus ({answers} answers, written for secondround). "
        "Retrain after changing the cues, the features or the corpus.",
        "date": date.today().isoformat(),
        "settings": {
            "rule_weight": RULE_WEIGHT,
            "prev_noise": PREV_NOISE,
            "l2": L2,
            "min_df": MIN_DF,
            "epochs": EPOCHS,
            "rate": RATE,
            "seed": SEED,
        },
        "labels": list(PARTS),
        "rule_weight": RULE_WEIGHT,
        "vocabulary": sorted(vocab & used),
        "weights": kept,
    }
    OUT.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Wrote {OUT} ({len(kept)} features, {len(data['vocabulary'])} words)")


def cross_validate(answers: list[dict[str, Any]], folds: int = 5) -> None:
    pairs: list[tuple[str, str]] = []
    for fold in range(folds):
        fit_on = [a for n, a in enumerate(answers) if n % folds != fold]
        held = [a for n, a in enumerate(answers) if n % folds == fold]
        vocab = vocabulary(fit_on)
        weights = fit(examples(fit_on, vocab))
        model = Weights(PARTS, {f: tuple(r) for f, r in weights.items()}, vocab, RULE_WEIGHT)
        for answer in held:
            kind = question_kind(answer.get("question")).kind
            labels = label_sentences([s["text"] for s in answer["sentences"]], kind, model)
            pairs.extend(
                (s["label"], label)
                for s, (label, _) in zip(answer["sentences"], labels, strict=True)
            )
    print(f"{folds}-fold cross-validation on train: macro-F1 {macro_f1(pairs):.3f}")


def main(argv: list[str]) -> int:
    answers = corpus_answers("train")
    if not answers:
        print("No corpus at benchmarks/data/coach-corpus; nothing to train on.")
        return 1
    if "--cv" in argv:
        cross_validate(answers)
        if "--no-write" in argv:
            return 0
    vocab = vocabulary(answers)
    write(fit(examples(answers, vocab)), vocab, len(answers))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
