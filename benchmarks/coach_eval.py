"""Measure the answer coach on the shared labelled answers (../shared/data/coach-dev/).

    python benchmarks/coach_eval.py            # the table
    python benchmarks/coach_eval.py --errors   # also every mislabelled sentence

Reports per-part precision, recall and F1 of the sentence labels and their macro-F1 (also on the
even- and odd-numbered halves of the set, a quick check that no half carries the score), the share
of weak/strong pairs where the strong answer scores higher, and the Spearman correlation of the
overall score with the quality label. The coach splits the text itself; each gold sentence takes the
label of the coach's sentence that covers most of it.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from secondround.core.coach import PARTS, analyse_answer

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "coach-dev"
TARGETS = {"macro_f1": 0.85, "pairs": 0.95, "spearman": 0.7}


def load(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def predicted_labels(answer: dict[str, Any]) -> tuple[list[str], int]:
    """The coach's label for each gold sentence, and the answer's overall score."""
    texts = [s["text"] for s in answer["sentences"]]
    spans: list[tuple[int, int]] = []
    pos = 0
    for text in texts:
        spans.append((pos, pos + len(text)))
        pos += len(text) + 1
    feedback = analyse_answer(" ".join(texts), question=answer.get("question"))
    labels = []
    for start, end in spans:
        best, label = 0, "O"
        for sentence in feedback.sentences:
            overlap = min(end, sentence.end) - max(start, sentence.start)
            if overlap > best:
                best, label = overlap, sentence.star
        labels.append(label)
    return labels, feedback.scores.overall


def prf(pairs: list[tuple[str, str]]) -> tuple[dict[str, tuple[float, float, float, int]], float]:
    """Per part (precision, recall, F1, support) and the macro-F1 over the five parts."""
    confusion = Counter(pairs)
    table = {}
    for part in PARTS:
        tp = confusion[(part, part)]
        fp = sum(n for (gold, pred), n in confusion.items() if pred == part and gold != part)
        fn = sum(n for (gold, pred), n in confusion.items() if gold == part and pred != part)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        table[part] = (p, r, f, tp + fn)
    return table, sum(v[2] for v in table.values()) / len(PARTS)


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
    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else 0.0


def main(argv: list[str]) -> int:
    if not (DATA / "star_answers.jsonl").is_file():
        print(f"No calibration set at {DATA}; skipping the coach evaluation.")
        return 0
    answers = load("star_answers.jsonl")
    gold_pred: list[tuple[str, str]] = []
    halves: tuple[list[tuple[str, str]], list[tuple[str, str]]] = ([], [])
    overall: list[float] = []
    quality: list[float] = []
    errors: list[str] = []
    for n, answer in enumerate(answers):
        labels, score = predicted_labels(answer)
        for sentence, label in zip(answer["sentences"], labels, strict=True):
            gold_pred.append((sentence["label"], label))
            halves[n % 2].append((sentence["label"], label))
            if label != sentence["label"]:
                errors.append(
                    f"{answer['id']} gold {sentence['label']} got {label}: {sentence['text']}"
                )
        overall.append(score)
        quality.append(answer["quality"])
    table, macro = prf(gold_pred)
    print(f"Sentence labels ({len(gold_pred)} sentences in {len(answers)} answers)")
    print(f"{'part':<6}{'precision':>10}{'recall':>8}{'F1':>7}{'support':>9}")
    for part, (p, r, f, support) in table.items():
        print(f"{part:<6}{p:>10.3f}{r:>8.3f}{f:>7.3f}{support:>9}")
    print(f"{'macro-F1':<24}{macro:>7.3f}   (target >= {TARGETS['macro_f1']})")
    print(f"  even half {prf(halves[0])[1]:.3f}, odd half {prf(halves[1])[1]:.3f}")
    pairs = load("pairs.jsonl") if (DATA / "pairs.jsonl").is_file() else []
    right = 0
    wrong: list[str] = []
    for pair in pairs:
        weak = analyse_answer(pair["weak"], question=pair["question"]).scores.overall
        strong = analyse_answer(pair["strong"], question=pair["question"]).scores.overall
        right += strong > weak
        if strong <= weak:
            wrong.append(f"{pair['id']}: weak {weak} >= strong {strong}")
    if pairs:
        share = right / len(pairs)
        print(f"Pairs in the right order: {right}/{len(pairs)} = {share:.1%}   (target >= 95%)")
        for line in wrong:
            print(f"  {line}")
    rho = spearman(overall, quality)
    print(f"Spearman(overall, quality) = {rho:.3f}   (target >= {TARGETS['spearman']})")
    if "--errors" in argv:
        print("\nMislabelled sentences:")
        for line in errors:
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
