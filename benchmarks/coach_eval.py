"""Measure the answer coach on labelled answers, per writer, split, style and kind.

    python benchmarks/coach_eval.py                 # every open writer, both splits, and LOWO
    python benchmarks/coach_eval.py --no-lowo       # skip leave-one-writer-out (trains 4 models)
    python benchmarks/coach_eval.py --errors        # also the mislabelled train sentences
    python benchmarks/coach_eval.py --held-back w4  # a held-back writer, measured once at the end

Sets: each writer's corpus under benchmarks/data/coach-corpus*/ (c, w2, w3, ...: `train` and the
held-back `test` split) and the old shared dev set (writer `dev`, all train; skipped when absent).
A held-back writer (corpus.json `all_test`) is read only when named with --held-back.

For each writer and split: STAR macro-F1 over the sentence labels (S, T, A, R, O), per part, per
answer style and per question kind, with two floors beside it: label by position (the commonest
label at each tenth of the answer, fitted on all train data) and a constant guess of train's
commonest label, and the coach's accuracy; the share of labels decided by position (those that
change when the model's position features are dropped); weak/strong pairs in the right order;
the Spearman correlation of the overall score with the quality label (also per question kind,
where a kind has 5 answers and more than one quality); how often the coach's question kind
matches the corpus's.

The labeller is trained on every writer's train split (benchmarks/train_star.py), so train
figures are in-sample. The honest figure is leave-one-writer-out: a model trained on all train
data except one writer's labels that writer's train split (its position floor fitted the same
way). Tune by it, never by the test splits.
"""

from __future__ import annotations

import dataclasses
import sys
from collections import Counter, defaultdict
from typing import Any

from coach_corpus import align, answers, gold_spans, pairs, train_answers, writers

from secondround.core.coach import PARTS, analyse_answer
from secondround.core.coach.star import Weights, label_sentences, trained

TARGETS = {"spoken": 0.85, "written": 0.80, "pairs": 0.95}
BINS = 10

Pair = tuple[str, str]


def prf(pairs: list[Pair]) -> tuple[dict[str, tuple[float, float, float, int]], float]:
    """Per part (precision, recall, F1, support); macro-F1 over the parts in gold or guess."""
    confusion = Counter(pairs)
    table = {}
    seen = {g for g, _ in pairs} | {p for _, p in pairs}
    for part in PARTS:
        tp = confusion[(part, part)]
        fp = sum(n for (gold, pred), n in confusion.items() if pred == part and gold != part)
        fn = sum(n for (gold, pred), n in confusion.items() if gold == part and pred != part)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        table[part] = (p, r, f, tp + fn)
    counted = [table[p][2] for p in PARTS if p in seen]
    return table, sum(counted) / len(counted) if counted else 0.0


def accuracy(pairs: list[Pair]) -> float:
    """Share of sentences given their gold label (steadier than macro-F1 on a group of a few
    sentences that are nearly all one label, where one stray label halves the macro-F1)."""
    return sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0


def ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def spearman(xs: list[float], ys: list[float]) -> float:
    if len(xs) < 2:
        return 0.0
    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else 0.0


def position_bin(i: int, n: int) -> int:
    return min(BINS - 1, int(BINS * i / n))


Floors = tuple[dict[int, str], str]


def fit_floors(train: list[dict[str, Any]]) -> Floors:
    """The position-only baseline (commonest label per tenth) and the commonest label, on train."""
    by_bin: dict[int, Counter[str]] = defaultdict(Counter)
    every: Counter[str] = Counter()
    for answer in train:
        n = len(answer["sentences"])
        for i, sentence in enumerate(answer["sentences"]):
            by_bin[position_bin(i, n)][sentence["label"]] += 1
            every[sentence["label"]] += 1
    commonest = every.most_common(1)[0][0]
    return {b: c.most_common(1)[0][0] for b, c in by_bin.items()}, commonest


def floor_labels(answer: dict[str, Any], floors: Floors) -> tuple[list[str], list[str]]:
    by_position, commonest = floors
    n = len(answer["sentences"])
    return [by_position.get(position_bin(i, n), commonest) for i in range(n)], [commonest] * n


def without_position(model: Weights) -> Weights:
    """The model with its position features dropped: what the words alone would say."""
    kept = {
        f: row
        for f, row in model.weights.items()
        if not f.startswith("pos:") and "|pos:" not in f and "|first" not in f
    }
    return dataclasses.replace(model, weights=kept)


class Run:
    """The coach's labels, scores and kinds on one set, grouped for the tables."""

    def __init__(self, rows: list[dict[str, Any]], floors: Floors):
        self.answers = rows
        self.coach: dict[str, list[Pair]] = defaultdict(list)
        self.position: dict[str, list[Pair]] = defaultdict(list)
        self.constant: dict[str, list[Pair]] = defaultdict(list)
        self.scores: list[float] = []
        self.quality: list[float] = []
        self.gold_kinds: list[str] = []
        self.kinds: list[Pair] = []
        self.errors: list[str] = []
        self.by_position = 0
        blind = without_position(trained())
        for answer in rows:
            text, spans = gold_spans(answer)
            question = answer.get("question")
            feedback = analyse_answer(text, question=question)
            predicted = [(s.start, s.end, s.star) for s in feedback.sentences]
            labels = align(spans, predicted)
            kind = feedback.question_kind.get("kind") or "general"
            alone = label_sentences([s.text for s in feedback.sentences], kind, blind, question)
            self.by_position += sum(
                s.star != label for s, (label, _) in zip(feedback.sentences, alone, strict=True)
            )
            groups = ("all", f"style:{answer['style']}", f"kind:{answer['kind']}")
            by_position, constant = floor_labels(answer, floors)
            for i, (sentence, label) in enumerate(zip(answer["sentences"], labels, strict=True)):
                gold = sentence["label"]
                for group in groups:
                    self.coach[group].append((gold, label))
                    self.position[group].append((gold, by_position[i]))
                    self.constant[group].append((gold, constant[i]))
                if gold != label:
                    self.errors.append(
                        f"{answer['id']} gold {gold} got {label}: {sentence['text']}"
                    )
            self.scores.append(feedback.scores.overall)
            self.quality.append(answer["quality"])
            self.gold_kinds.append(answer["kind"])
            self.kinds.append((answer["kind"], kind))


def pair_order(rows: list[dict[str, Any]]) -> tuple[int, list[str]]:
    right = 0
    wrong: list[str] = []
    for pair in rows:
        weak = analyse_answer(pair["weak"], question=pair["question"]).scores.overall
        strong = analyse_answer(pair["strong"], question=pair["question"]).scores.overall
        right += strong > weak
        if strong <= weak:
            wrong.append(
                f"{pair['id']} ({pair.get('kind', 'behavioural')}): weak {weak} >= {strong}"
            )
    return right, wrong


def print_run(name: str, run: Run) -> None:
    sentences = len(run.coach["all"])
    print(f"\n== {name}: {len(run.answers)} answers, {sentences} sentences")
    if not sentences:
        return
    table, _ = prf(run.coach["all"])
    print(f"{'part':<6}{'precision':>10}{'recall':>8}{'F1':>7}{'support':>9}")
    for part, (p, r, f, support) in table.items():
        print(f"{part:<6}{p:>10.3f}{r:>8.3f}{f:>7.3f}{support:>9}")
    print(
        f"{'group (macro-F1)':<26}{'n':>6}{'coach':>8}{'position':>10}{'constant':>10}"
        f"{'accuracy':>10}"
    )
    groups = ["all", *sorted(g for g in run.coach if g != "all")]
    for group in groups:
        if len(run.coach[group]) < 5 and group != "all":
            continue
        c, p, k = (prf(d[group])[1] for d in (run.coach, run.position, run.constant))
        target = TARGETS.get(group.removeprefix("style:")) if "style:" in group else None
        note = f"   target >= {target}" if target else ""
        print(
            f"{group:<26}{len(run.coach[group]):>6}{c:>8.3f}{p:>10.3f}{k:>10.3f}"
            f"{accuracy(run.coach[group]):>10.3f}{note}"
        )
    share = run.by_position / sentences
    print(f"Labels decided by position (change without its features): {share:.1%}")
    rho = spearman(run.scores, run.quality)
    print(f"Spearman(overall, quality) = {rho:.3f}")
    by_kind: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    for kind, overall, quality in zip(run.gold_kinds, run.scores, run.quality, strict=True):
        by_kind[kind][0].append(overall)
        by_kind[kind][1].append(quality)
    shown = [
        f"{kind} {spearman(xs, ys):.2f} ({len(xs)})"
        for kind, (xs, ys) in sorted(by_kind.items())
        if len(xs) >= 5 and len(set(ys)) > 1
    ]
    if shown:
        print("  by kind (answers): " + ", ".join(shown))
    hits = sum(g == p for g, p in run.kinds)
    print(
        f"Question kind as the corpus has it: {hits}/{len(run.kinds)} = {hits / len(run.kinds):.1%}"
    )
    misses = Counter((g, p) for g, p in run.kinds if g != p)
    for (gold, got), count in misses.most_common(4):
        print(f"  {gold} read as {got}: {count}")


def print_pairs(name: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    right, wrong = pair_order(rows)
    share = right / len(rows)
    print(f"Pairs in the right order ({name}): {right}/{len(rows)} = {share:.1%}   (target >= 95%)")
    for line in wrong:
        print(f"  {line}")


def print_lowo() -> None:
    # Imported here: training code is only needed for this table.
    from train_star import leave_one_writer_out

    pool = train_answers()
    results = leave_one_writer_out()
    print("\n== Leave-one-writer-out: trained without the writer, on that writer's train split")
    print(
        f"{'writer / group':<26}{'n':>6}{'coach':>8}{'position':>10}{'constant':>10}"
        f"{'accuracy':>10}"
    )
    for writer, groups in results.items():
        held = [a for a in pool if a["writer"] == writer]
        floors = fit_floors([a for a in pool if a["writer"] != writer])
        position: dict[str, list[Pair]] = defaultdict(list)
        constant: dict[str, list[Pair]] = defaultdict(list)
        for answer in held:
            by_position, const = floor_labels(answer, floors)
            gold = [s["label"] for s in answer["sentences"]]
            for group in ("all", f"style:{answer['style']}", f"kind:{answer['kind']}"):
                position[group].extend(zip(gold, by_position, strict=True))
                constant[group].extend(zip(gold, const, strict=True))
        for group in ["all", *sorted(g for g in groups if g != "all")]:
            if len(groups[group]) < 5 and group != "all":
                continue
            label = writer if group == "all" else f"  {group}"
            c, p, k = (prf(d[group])[1] for d in (groups, position, constant))
            print(
                f"{label:<26}{len(groups[group]):>6}{c:>8.3f}{p:>10.3f}{k:>10.3f}"
                f"{accuracy(groups[group]):>10.3f}"
            )


def main(argv: list[str]) -> int:
    held_back = tuple(argv[argv.index("--held-back") + 1 :][:1]) if "--held-back" in argv else ()
    pool = train_answers()
    if not pool:
        print("No corpus under benchmarks/data/coach-corpus*; nothing to measure.")
        return 1
    floors = fit_floors(pool)
    if held_back:
        # The held-back writer alone: measured once, at the end, never to tune on.
        for writer in held_back:
            print_run(
                f"{writer} (held back, all test)", Run(answers(writer, "test", held_back), floors)
            )
            print_pairs(f"{writer} test", pairs(writer, "test", held_back))
        return 0
    runs: dict[str, Run] = {}
    for writer in writers():
        for split in ("train", "test"):
            rows = answers(writer, split)
            if rows:
                runs[f"{writer} {split}"] = Run(rows, floors)
    for name, run in runs.items():
        print_run(name, run)
    print()
    for writer in writers():
        for split in ("train", "test"):
            print_pairs(f"{writer} {split}", pairs(writer, split))
    if "--no-lowo" not in argv:
        print_lowo()
    if "--errors" in argv:
        print("\nMislabelled sentences (train splits; the test splits stay unread):")
        for name, run in runs.items():
            if name.endswith("train"):
                for line in run.errors:
                    print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
