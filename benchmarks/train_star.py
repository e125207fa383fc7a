"""Train the coach's sentence labeller on every writer's train split and write its weights.

    python benchmarks/train_star.py              # fit on all train data, write star_model.json
    python benchmarks/train_star.py --lowo       # first leave-one-writer-out (how the settings
                                                 # below were chosen); no test split is read
    python benchmarks/train_star.py --lowo --no-write --styles --errors /tmp/lowo.txt
                                                 # + per part and confusion on bullet, written
                                                 # and spoken answers, misses written to a file
    STAR_L2=3e-4 STAR_MIN_DF=5 python benchmarks/train_star.py --lowo --no-write   # try settings

A multinomial logistic regression over the features of `secondround.core.coach.star`
(cues, inline headings, words, first words, position from the start, previous label, question
kind, an opening that restates the question), fitted by AdaGrad with L2 in pure Python, so it
needs nothing beyond the project's own dependencies. The previous label is the gold one in
training; the coach labels left to right with its own.

Train data: the `train` split of every open corpus in benchmarks/data/coach-corpus*/ (writers c,
w2, w3, ...) and the old shared dev set whole (writer `dev`). Held-back writers (corpus.json
`all_test`) and every `test` split are never read here. Leave-one-writer-out trains on all train
data but one writer's and labels that writer's train split: text by a writer the model has not
seen, the honest stand-in for answers people outside the project write.
"""

from __future__ import annotations

import json
import math
import os
import random
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from coach_corpus import align, gold_spans, train_answers, writers

from secondround.core.coach import PARTS
from secondround.core.coach.kinds import question_kind
from secondround.core.coach.sentences import split_sentences
from secondround.core.coach.star import (
    NOT_STORY,
    Weights,
    context_features,
    label_sentences,
    question_stems,
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
# Chosen by --lowo (macro-F1 of the left-to-right labels on writers left out).
L2 = float(os.environ.get("STAR_L2", "1e-3"))
MIN_DF = int(os.environ.get("STAR_MIN_DF", "3"))
# Words and word pairs are many and writer-specific: they may be held closer to zero.
L2_WORDS = float(os.environ.get("STAR_L2_WORDS", "1e-2"))
# A word counts only when this many writers use it: one writer's habits do not carry over.
MIN_WRITERS = int(os.environ.get("STAR_MIN_WRITERS", "2"))
EPOCHS = int(os.environ.get("STAR_EPOCHS", "12"))
RATE = 0.3
SEED = 7
# The hand-set cue weights count this much beside the learned ones (see star.Weights).
RULE_WEIGHT = float(os.environ.get("STAR_RULE_WEIGHT", "1.0"))
# Share of training sentences whose previous label is replaced by a random one, so the model
# does not lean on the label before more than the words (at run time that label is its own guess).
PREV_NOISE = float(os.environ.get("STAR_PREV_NOISE", "0.2"))
POSITIONS = int(os.environ.get("STAR_POSITIONS", "6"))
KIND_CUES = os.environ.get("STAR_KIND_CUES", "1") == "1"
PREV_CUES = os.environ.get("STAR_PREV_CUES", "0") == "1"
KIND_GROUP = os.environ.get("STAR_KIND_GROUP", "0") == "1"
BULLET_SHAPE = int(os.environ.get("STAR_BULLET_SHAPE", "0"))
START_SKIP = os.environ.get("STAR_START_SKIP", "0") == "1"
# Kinds whose answer is a fact about the speaker: their cues count apart from the other
# non-story kinds' (star.Weights.fact_kinds). Chosen by --lowo (seventh round).
FACT_KINDS = frozenset(
    k for k in os.environ.get("STAR_FACT_KINDS", "factual,salary").split(",") if k
)

Example = tuple[list[str], list[float], int]


def shape() -> Weights:
    """An empty model carrying the feature options, for extracting features before fitting."""
    return Weights(
        PARTS,
        {},
        frozenset(),
        RULE_WEIGHT,
        POSITIONS,
        KIND_CUES,
        PREV_CUES,
        KIND_GROUP,
        BULLET_SHAPE,
        START_SKIP,
        FACT_KINDS,
    )


@dataclass
class Prepared:
    """One answer's sentences as features (all words kept), computed once for every fit."""

    writer: str
    kind: str
    features: list[list[str]]
    rules: list[list[float]]
    gold: list[int]


def prepare(rows: list[dict[str, Any]]) -> list[Prepared]:
    options = shape()
    out = []
    for answer in rows:
        kind = question_kind(answer.get("question")).kind
        asked = question_stems(answer.get("question"))
        texts = [s["text"] for s in answer["sentences"]]
        out.append(
            Prepared(
                answer["writer"],
                kind,
                [sentence_features(t, i, kind, None, asked, options) for i, t in enumerate(texts)],
                [[RULE_WEIGHT * r for r in rule_scores(t, kind, options)] for t in texts],
                [PARTS.index(s["label"]) for s in answer["sentences"]],
            )
        )
    return out


def vocabulary(prepared: list[Prepared]) -> frozenset[str]:
    """Words and word pairs used in at least MIN_DF answers by MIN_WRITERS writers."""
    df: Counter[str] = Counter()
    by: dict[str, set[str]] = {}
    for answer in prepared:
        seen = {f[2:] for features in answer.features for f in features if f.startswith("w:")}
        df.update(seen)
        for word in seen:
            by.setdefault(word, set()).add(answer.writer)
    return frozenset(w for w, n in df.items() if n >= MIN_DF and len(by[w]) >= MIN_WRITERS)


def examples(prepared: list[Prepared], vocab: frozenset[str]) -> list[Example]:
    rng = random.Random(SEED)
    out: list[Example] = []
    for answer in prepared:
        previous = "START"
        for i, (features, rules, gold) in enumerate(
            zip(answer.features, answer.rules, answer.gold, strict=True)
        ):
            kept = [f for f in features if not f.startswith("w:") or f[2:] in vocab]
            shown = rng.choice(PARTS) if i and rng.random() < PREV_NOISE else previous
            before = answer.features[i - 1] if i and PREV_CUES else None
            kept += context_features(shown, answer.kind, before, KIND_GROUP)
            out.append((kept, rules, gold))
            previous = PARTS[gold]
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
                l2 = L2_WORDS if feature.startswith("w:") else L2
                for j in range(k):
                    g = grad[j] + l2 * row[j]
                    sq[j] += g * g
                    row[j] -= RATE * g / math.sqrt(sq[j])
    return weights


def train(prepared: list[Prepared]) -> Weights:
    """A model fitted on `prepared`, with the current settings."""
    vocab = vocabulary(prepared)
    weights = fit(examples(prepared, vocab))
    return Weights(
        PARTS,
        {f: tuple(r) for f, r in weights.items()},
        vocab,
        RULE_WEIGHT,
        POSITIONS,
        KIND_CUES,
        PREV_CUES,
        KIND_GROUP,
        BULLET_SHAPE,
        START_SKIP,
        FACT_KINDS,
    )


def label_answer(answer: dict[str, Any], model: Weights | None = None) -> list[str]:
    """The labels `model` gives the gold sentences, the text split as the coach splits it."""
    text, spans = gold_spans(answer)
    pieces = split_sentences(text)
    kind = question_kind(answer.get("question")).kind
    labelled = label_sentences([p.text for p in pieces], kind, model, answer.get("question"))
    predicted = [(p.start, p.end, label) for p, (label, _) in zip(pieces, labelled, strict=True)]
    return align(spans, predicted)


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    """Macro-F1 over the parts present in gold or guess."""
    scores = []
    for part in PARTS:
        tp = sum(1 for g, p in pairs if g == p == part)
        fp = sum(1 for g, p in pairs if p == part != g)
        fn = sum(1 for g, p in pairs if g == part != p)
        if tp or fp or fn:
            scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def leave_one_writer_out(
    errors: list[str] | None = None,
) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """For each writer: (gold, label) pairs on their train split, from a model trained without
    them, grouped as "all" and "style:<style>"; with `errors`, each mislabelled sentence is
    appended to it as "writer style id gold>label: text"."""
    pool = train_answers()
    prepared = prepare(pool)
    out: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for writer in writers():
        held = [a for a in pool if a["writer"] == writer]
        if not held:
            continue
        model = train([p for p in prepared if p.writer != writer])
        groups: dict[str, list[tuple[str, str]]] = {"all": []}
        for answer in held:
            labels = label_answer(answer, model)
            gold = [s["label"] for s in answer["sentences"]]
            pairs = list(zip(gold, labels, strict=True))
            groups["all"].extend(pairs)
            groups.setdefault(f"style:{answer['style']}", []).extend(pairs)
            groups.setdefault(f"kind:{answer['kind']}", []).extend(pairs)
            story = "story" if answer["kind"] not in NOT_STORY else "not story"
            groups.setdefault(f"kind:({story})", []).extend(pairs)
            if errors is not None:
                errors.extend(
                    f"{writer} {answer['style']} {answer['id']} {g}>{p}: {s['text']}"
                    for (g, p), s in zip(pairs, answer["sentences"], strict=True)
                    if g != p
                )
        out[writer] = groups
    return out


def print_lowo(styles: bool = False, errors_to: str | None = None) -> float:
    """Print leave-one-writer-out macro-F1 per writer; return the mean over writers.

    With `styles`, also per-part F1 and the confusion (gold > label) on each writer's bullet
    and written answers; with `errors_to`, the mislabelled sentences are written to that file.
    """
    errors: list[str] | None = [] if errors_to else None
    results = leave_one_writer_out(errors)
    print("Leave-one-writer-out (train on the others' train data, label this writer's train):")
    means = []
    for writer, groups in results.items():
        f1 = macro_f1(groups["all"])
        means.append(f1)
        spoken = groups.get("style:spoken")
        written = groups.get("style:written")
        extra = "".join(
            f"   {name} {macro_f1(g):.3f} ({len(g)})"
            for name, g in (("spoken", spoken), ("written", written))
            if g
        )
        print(f"  {writer:<5} {len(groups['all']):>5} sentences   macro-F1 {f1:.3f}{extra}")
        if styles:
            for style in ("bullets", "written", "spoken"):
                if f"style:{style}" in groups:
                    print(_per_part(f"    {style}", groups[f"style:{style}"]))
    mean = sum(means) / len(means) if means else 0.0
    print(f"  mean over writers: {mean:.3f}")
    if styles:
        for style in ("bullets", "written", "spoken"):
            pooled = [p for g in results.values() for p in g.get(f"style:{style}", [])]
            if pooled:
                print(_per_part(f"  pooled {style}", pooled))
        # The kinds one by one, pooled over the writers left out, with each writer's macro-F1
        # and accuracy (a kind that is nearly all O: one stray label halves its macro-F1).
        kinds = sorted({k for g in results.values() for k in g if k.startswith("kind:")})
        for kind in kinds:
            pooled = [p for g in results.values() for p in g.get(kind, [])]
            each = " ".join(
                f"{w} {macro_f1(g[kind]):.2f}/{_accuracy(g[kind]):.2f}"
                for w, g in results.items()
                if g.get(kind)
            )
            print(_per_part(f"  pooled {kind.removeprefix('kind:')}", pooled) + f"  | {each}")
    if errors_to and errors is not None:
        Path(errors_to).write_text("\n".join(errors) + "\n", encoding="utf-8")
    return mean


def _accuracy(pairs: list[tuple[str, str]]) -> float:
    return sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0


def _per_part(name: str, pairs: list[tuple[str, str]]) -> str:
    """One line: macro-F1, F1 per part, and the commonest confusions (gold>label count)."""
    f1s = []
    for part in PARTS:
        tp = sum(1 for g, p in pairs if g == p == part)
        fp = sum(1 for g, p in pairs if p == part != g)
        fn = sum(1 for g, p in pairs if g == part != p)
        f1s.append(f"{part} {2 * tp / (2 * tp + fp + fn):.2f}" if tp + fp + fn else f"{part} -")
    wrong = Counter(f"{g}>{p}" for g, p in pairs if g != p).most_common(6)
    return (
        f"{name} ({len(pairs)}) macro-F1 {macro_f1(pairs):.3f} acc {_accuracy(pairs):.3f}  "
        + " ".join(f1s)
        + "  | "
        + " ".join(f"{k} {n}" for k, n in wrong)
    )


def write(model: Weights, answers_count: int, names: list[str]) -> None:
    kept = {
        f: [round(v, 3) for v in row]
        for f, row in sorted(model.weights.items())
        if any(abs(v) >= 0.005 for v in row)
    }
    used = {f[2:] for f in kept if f.startswith("w:")}
    data = {
        "source": "Trained by benchmarks/train_star.py on the train splits of "
        f"benchmarks/data/coach-corpus* and the shared coach-dev set ({answers_count} answers "
        f"by writers {', '.join(names)}, all written for secondround). "
        "Retrain after changing the cues, the features or the corpus.",
        "date": date.today().isoformat(),
        "settings": {
            "rule_weight": RULE_WEIGHT,
            "prev_noise": PREV_NOISE,
            "l2": L2,
            "l2_words": L2_WORDS,
            "min_df": MIN_DF,
            "min_writers": MIN_WRITERS,
            "epochs": EPOCHS,
            "rate": RATE,
            "seed": SEED,
        },
        "features": {
            "positions": POSITIONS,
            "kind_cues": KIND_CUES,
            "prev_cues": PREV_CUES,
            "kind_group": KIND_GROUP,
            "bullet_shape": BULLET_SHAPE,
            "start_skip": START_SKIP,
            "fact_kinds": sorted(FACT_KINDS),
        },
        "labels": list(PARTS),
        "rule_weight": RULE_WEIGHT,
        "vocabulary": sorted(model.vocabulary & used),
        "weights": kept,
    }
    OUT.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Wrote {OUT} ({len(kept)} features, {len(data['vocabulary'])} words)")


def main(argv: list[str]) -> int:
    pool = train_answers()
    if not pool:
        print("No corpus under benchmarks/data/coach-corpus*; nothing to train on.")
        return 1
    if "--lowo" in argv:
        errors_to = argv[argv.index("--errors") + 1] if "--errors" in argv[:-1] else None
        print_lowo("--styles" in argv, errors_to)
        if "--no-write" in argv:
            return 0
    names = sorted({a["writer"] for a in pool})
    write(train(prepare(pool)), len(pool), names)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
