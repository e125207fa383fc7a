"""Measure the answer coach on labelled answers it was not written from.

    python benchmarks/coach_eval.py            # the tables
    python benchmarks/coach_eval.py --errors   # also every mislabelled test sentence

Sets: the project's corpus (benchmarks/data/coach-corpus/, `train` and the held-back `test`
split) and the old shared dev set (../shared/data/coach-dev/, skipped when absent). For each set:
STAR macro-F1 over the sentence labels (S, T, A, R, O), per part, per question kind and per answer
style, with two floors beside it: label by position (the commonest label at each tenth of the
answer, fitted on train) and a constant guess of train's commonest label. Then the share of
weak/strong pairs in the right order, the Spearman correlation of the overall score with the
quality label, and how often the coach's question kind matches the corpus's. The coach splits the
text itself; each gold sentence takes the label of the coach's sentence that covers most of it.
The labeller is trained on train (benchmarks/train_star.py), so train figures are in-sample; its
honest train figure is the cross-validation that script prints.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from typing import Any

from coach_corpus import align, corpus_answers, corpus_pairs, dev_answers, dev_pairs, gold_spans

from secondround.core.coach import PARTS, analyse_answer

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


def fit_floors(train: list[dict[str, Any]]) -> tuple[dict[int, str], str]:
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


class Run:
    """The coach's labels, scores and kinds on one set, grouped for the tables."""

    def __init__(self, answers: list[dict[str, Any]], floors: tuple[dict[int, str], str]):
        self.answers = answers
        self.coach: dict[str, list[Pair]] = defaultdict(list)
        self.position: dict[str, list[Pair]] = defaultdict(list)
        self.constant: dict[str, list[Pair]] = defaultdict(list)
        self.scores: list[float] = []
        self.quality: list[float] = []
        self.kinds: list[Pair] = []
        self.errors: list[str] = []
        by_position, commonest = floors
        for answer in answers:
            text, spans = gold_spans(answer)
            feedback = analyse_answer(text, question=answer.get("question"))
            predicted = [(s.start, s.end, s.star) for s in feedback.sentences]
            labels = align(spans, predicted)
            groups = ("all", f"kind:{answer['kind']}", f"style:{answer['style']}")
            n = len(spans)
            for i, (sentence, label) in enumerate(zip(answer["sentences"], labels, strict=True)):
                gold = sentence["label"]
                for group in groups:
                    self.coach[group].append((gold, label))
                    self.position[group].append((gold, by_position[position_bin(i, n)]))
                    self.constant[group].append((gold, commonest))
                if gold != label:
                    self.errors.append(
                        f"{answer['id']} gold {gold} got {label}: {sentence['text']}"
                    )
            self.scores.append(feedback.scores.overall)
            self.quality.append(answer["quality"])
            kind = getattr(feedback, "kind", None)
            if kind is not None:
                self.kinds.append((answer["kind"], kind))


def pair_order(pairs: list[dict[str, Any]]) -> tuple[int, list[str]]:
    right = 0
    wrong: list[str] = []
    for pair in pairs:
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
    table, _ = prf(run.coach["all"])
    print(f"{'part':<6}{'precision':>10}{'recall':>8}{'F1':>7}{'support':>9}")
    for part, (p, r, f, support) in table.items():
        print(f"{part:<6}{p:>10.3f}{r:>8.3f}{f:>7.3f}{support:>9}")
    print(f"{'group':<26}{'n':>6}{'coach':>8}{'position':>10}{'constant':>10}")
    groups = ["all", *sorted(g for g in run.coach if g != "all")]
    for group in groups:
        if len(run.coach[group]) < 5 and group != "all":
            continue
        c, p, k = (prf(d[group])[1] for d in (run.coach, run.position, run.constant))
        target = TARGETS.get(group.removeprefix("style:")) if "style:" in group else None
        note = f"   target >= {target}" if target else ""
        print(f"{group:<26}{len(run.coach[group]):>6}{c:>8.3f}{p:>10.3f}{k:>10.3f}{note}")
    rho = spearman(run.scores, run.quality)
    print(f"Spearman(overall, quality) = {rho:.3f}")
    if run.kinds:
        hits = sum(g == p for g, p in run.kinds)
        share = hits / len(run.kinds)
        print(f"Question kind as the corpus has it: {hits}/{len(run.kinds)} = {share:.1%}")
        misses = Counter((g, p) for g, p in run.kinds if g != p)
        for (gold, got), count in misses.most_common(6):
            print(f"  {gold} read as {got}: {count}")


def print_pairs(name: str, pairs: list[dict[str, Any]]) -> None:
    if not pairs:
        return
    right, wrong = pair_order(pairs)
    share = right / len(pairs)
    print(
        f"Pairs in the right order ({name}): {right}/{len(pairs)} = {share:.1%}   (target >= 95%)"
    )
    for line in wrong:
        print(f"  {line}")


def main(argv: list[str]) -> int:
    train = corpus_answers("train")
    if not train:
        print("No corpus at benchmarks/data/coach-corpus; nothing to measure.")
        return 1
    floors = fit_floors(train)
    runs = {
        "corpus train": Run(train, floors),
        "corpus test (held back)": Run(corpus_answers("test"), floors),
    }
    dev = dev_answers()
    if dev:
        runs["old dev set (../shared)"] = Run(dev, floors)
    else:
        print("No shared dev set at ../shared/data/coach-dev; skipping it.")
    for name, run in runs.items():
        print_run(name, run)
    print()
    print_pairs("corpus train", corpus_pairs("train"))
    print_pairs("corpus test", corpus_pairs("test"))
    print_pairs("old dev set", dev_pairs())
    if "--errors" in argv:
        print("\nMislabelled sentences (old dev set; the corpus's test split stays unread):")
        for line in runs.get("old dev set (../shared)", runs["corpus train"]).errors:
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
