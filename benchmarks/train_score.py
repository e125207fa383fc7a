"""Fit the weights of the coach's overall score per question kind and write them as data.

    python benchmarks/train_score.py               # leave-one-writer-out, fit, write the weights
    python benchmarks/train_score.py --no-write    # the same without writing

The overall score is a weighted mean of the coach's own scores (structure or the kind's checks,
specificity, result, ownership, confidence, length, relevance), so every point it loses is lost
on a score whose remark says why. Which of them a careful reader weighs most differs by kind:
hedging costs more in a one-line factual answer than in a long story, depth (length) matters in
"walk me through…". This script chooses, per question kind, the weights under which the overall
ranks the train answers as their `quality` label does: the mean over writers of Spearman's rho
within the kind, found by a coordinate search over a grid of whole weights of at least 5 (no
score ever stops counting), starting from the rubric's weights. A kind keeps its fitted weights
only when leave-one-writer-out (fitted without one writer, measured on that writer) ranks better
with them on average and on no writer much worse; the other kinds keep the rubric's weights.
Nothing else changes: the caps and the hypothetical cap apply as before.

Train data: the `train` split of every open corpus (benchmarks/data/coach-corpus*/) and the old
shared dev set. Held-back writers and every `test` split are never read here. Leave-one-writer-out
fits on all writers but one and measures that writer's train split: the honest figure.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from coach_corpus import gold_spans, train_answers
from coach_eval import spearman

from secondround.core.coach import analyse_answer
from secondround.core.coach.checks import has_checks
from secondround.core.coach.rubric import SCORE_NAMES, rubric
from secondround.core.coach.scoring import capped, weighted_overall

OUT = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "secondround"
    / "data"
    / "coach"
    / "score_weights.json"
)
GRID = (5, 10, 15, 20, 25, 30, 40, 50)
MIN_ANSWERS = 20  # a kind with fewer train answers keeps the rubric's weights
PASSES = 4
# A kind keeps its fitted weights only when leave-one-writer-out says they rank better.
MIN_GAIN = 0.01
MAX_DROP = 0.10


@dataclass(frozen=True)
class Scored:
    """One train answer as the coach scored it, with what the weights need."""

    writer: str
    gold_kind: str
    kind: str  # the coach's kind: the weights are looked up by it
    quality: int
    values: dict[str, int]
    star: bool
    relevance_known: bool
    hypothetical: bool
    remark_kinds: frozenset[str]


def collect(rows: list[dict[str, Any]]) -> list[Scored]:
    out = []
    for answer in rows:
        text, _ = gold_spans(answer)
        feedback = analyse_answer(text, question=answer.get("question"))
        kind = str(feedback.question_kind.get("kind") or "general")
        values = feedback.scores.to_dict()
        out.append(
            Scored(
                writer=answer["writer"],
                gold_kind=answer["kind"],
                kind=kind,
                quality=int(answer["quality"]),
                values={n: int(values[n]) for n in SCORE_NAMES},
                star=not has_checks(kind),
                relevance_known=feedback.relevance.question is not None,
                hypothetical=feedback.hypothetical,
                remark_kinds=frozenset(r.kind for r in feedback.remarks),
            )
        )
    return out


def overall(item: Scored, w: dict[str, float]) -> float:
    """The overall the coach would give `item` under weights `w` (caps included, unrounded
    apart from the sub-scores)."""
    value = weighted_overall(item.values, w, item.star, item.relevance_known, item.hypothetical)
    return round(min(100.0, max(0.0, capped(value, set(item.remark_kinds), None))))


def objective(items: list[Scored], w: dict[str, float]) -> float:
    """Mean over writers of Spearman(overall, quality) on `items`."""
    by_writer: dict[str, list[Scored]] = defaultdict(list)
    for item in items:
        by_writer[item.writer].append(item)
    rhos = [
        spearman([overall(i, w) for i in group], [float(i.quality) for i in group])
        for group in by_writer.values()
        if len(group) >= 5 and len({i.quality for i in group}) > 1
    ]
    return sum(rhos) / len(rhos) if rhos else 0.0


def fit_kind(items: list[Scored]) -> dict[str, float]:
    """Coordinate search from the rubric's weights: each pass tries every grid value of every
    score that counts for the kind and keeps the best strict improvement."""
    base = {n: float(rubric()["weights"][n]) for n in SCORE_NAMES}
    best, best_value = dict(base), objective(items, base)
    star = any(i.star for i in items)
    names = [n for n in SCORE_NAMES if star or n not in {"result", "ownership"}]
    for _ in range(PASSES):
        improved = False
        for name in names:
            for value in GRID:
                trial = {**best, name: float(value)}
                score = objective(items, trial)
                if score > best_value + 1e-9:
                    best, best_value, improved = trial, score, True
        if not improved:
            break
    return best


def fit(items: list[Scored]) -> dict[str, dict[str, float]]:
    by_kind: dict[str, list[Scored]] = defaultdict(list)
    for item in items:
        by_kind[item.kind].append(item)
    return {
        kind: fit_kind(group)
        for kind, group in sorted(by_kind.items())
        if len(group) >= MIN_ANSWERS and kind != "general"
    }


def rho_by_kind(items: list[Scored], fitted: dict[str, dict[str, float]]) -> dict[str, float]:
    """Spearman per gold kind (and `all`), fitted weights where a kind has them."""
    base = {n: float(rubric()["weights"][n]) for n in SCORE_NAMES}
    groups: dict[str, list[Scored]] = defaultdict(list)
    for item in items:
        groups[item.gold_kind].append(item)
        groups["all"].append(item)
    out = {}
    for kind, group in groups.items():
        if len(group) >= 5 and len({i.quality for i in group}) > 1:
            scores = [overall(i, fitted.get(i.kind, base)) for i in group]
            out[kind] = spearman(scores, [float(i.quality) for i in group])
    return out


def lowo(items: list[Scored]) -> set[str]:
    """Print the leave-one-writer-out table; return the kinds whose fitted weights rank the
    writers left out better (mean gain at least MIN_GAIN, no writer down by more than MAX_DROP)."""
    print("Leave-one-writer-out: Spearman(overall, quality) on the writer left out (train split),")
    print("rubric weights -> weights fitted without that writer")
    writers = sorted({i.writer for i in items})
    kinds = [*sorted({i.gold_kind for i in items}), "all"]
    print(f"{'kind':<18}" + "".join(f"{w:>13}" for w in writers) + f"{'mean':>13}")
    table: dict[str, list[str]] = {k: [] for k in kinds}
    means: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for writer in writers:
        held = [i for i in items if i.writer == writer]
        fitted = fit([i for i in items if i.writer != writer])
        before, after = rho_by_kind(held, {}), rho_by_kind(held, fitted)
        for kind in kinds:
            if kind in before:
                table[kind].append(f"{before[kind]:.2f}->{after[kind]:.2f}")
                means[kind].append((before[kind], after[kind]))
            else:
                table[kind].append("-")
    kept: set[str] = set()
    for kind in kinds:
        pairs = means[kind]
        if not pairs:
            print(f"{kind:<18}" + "".join(f"{cell:>13}" for cell in table[kind]))
            continue
        before_mean = sum(a for a, _ in pairs) / len(pairs)
        after_mean = sum(b for _, b in pairs) / len(pairs)
        worst = min(b - a for a, b in pairs)
        keep = after_mean - before_mean >= MIN_GAIN and worst >= -MAX_DROP
        if keep:
            kept.add(kind)
        mean = f"{before_mean:.2f}->{after_mean:.2f}"
        verdict = "  fitted" if keep and kind != "all" else ""
        print(f"{kind:<18}" + "".join(f"{c:>13}" for c in table[kind]) + f"{mean:>13}{verdict}")
    return kept


def main(argv: list[str]) -> int:
    items = collect(train_answers())
    if not items:
        print("No corpus under benchmarks/data/coach-corpus*; nothing to fit.")
        return 1
    kept = lowo(items)
    fitted = {k: w for k, w in fit(items).items() if k in kept}
    for kind, w in fitted.items():
        print(f"{kind:<18}" + " ".join(f"{n} {v:g}" for n, v in w.items()))
    if "--no-write" in argv:
        return 0
    data = {
        "source": (
            "Fitted by benchmarks/train_score.py on the train splits of the project's own corpora "
            f"({date.today().isoformat()}): per question kind, the weights of the overall score "
            "under which it ranks the answers as their quality label does."
        ),
        "kinds": {kind: {n: int(v) for n, v in w.items()} for kind, w in fitted.items()},
    }
    OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"Wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
