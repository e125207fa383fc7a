"""Would a small trained model read roles and self-criticism better than the debrief reader's cues?

    python benchmarks/debrief_model_trial.py

A trial, not a shipped model: for each of two judgements it trains a logistic regression
(pure Python, seeded) on one writer's dev notes in benchmarks/data/readers/ and measures it on the
other writer's dev notes, both ways, beside the cue rules on the same items. The `test` split is
never read. On the notes as they stand the model does worse than the rules on the writer it has
not seen (docs/jobs-and-notes.md gives the figures), so the reader keeps its rules.

- Roles: each person the reader finds who is in the gold people; features are the words and word
  pairs around the name on its line and the rules' role; accuracy over those people.
- Self-criticism: each part of each clause (cut as the reader cuts them for practice points);
  features are its words and word pairs; recall and precision of the gold self-criticisms.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from read_eval import DATA, first_name, overlaps, span_of, writer_of  # noqa: E402

from secondround.core.debrief import read_debrief  # noqa: E402
from secondround.core.debrief.clauses import split_clauses  # noqa: E402
from secondround.core.debrief.data import fold  # noqa: E402
from secondround.core.debrief.practice import practice_points  # noqa: E402

ROLES = ("line_manager", "senior_executive", "team_member", "current_holder", "hr", "other")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[=()+/:-]")
_PARTS = re.compile(r"\s*(?:->|=>|→|⇒|\s[-–—]\s|\s\+\s|\.\s|,\s|;\s)\s*")
SEED = 7
Features = list[str]


def dev_notes() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted(DATA.glob("notes*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    return [n for n in rows if n["split"] == "dev"]


def words(text: str, prefix: str) -> Features:
    tokens = _TOKEN.findall(fold(text))
    pairs = [f"{a}_{b}" for a, b in itertools.pairwise(tokens)]
    return [f"{prefix}{t}" for t in tokens + pairs]


def train(rows: list[tuple[Features, str]], classes: tuple[str, ...]) -> Callable[[Features], str]:
    """Multinomial logistic regression by stochastic gradient descent with L2 shrinkage."""
    weights: dict[str, dict[str, float]] = {}
    bias = dict.fromkeys(classes, 0.0)
    order = list(range(len(rows)))
    rng = random.Random(SEED)

    def probs(feats: Features) -> dict[str, float]:
        raw = {c: bias[c] + sum(weights.get(f, {}).get(c, 0.0) for f in feats) for c in classes}
        top = max(raw.values())
        exp = {c: math.exp(v - top) for c, v in raw.items()}
        total = sum(exp.values())
        return {c: v / total for c, v in exp.items()}

    for epoch in range(20):
        rng.shuffle(order)
        rate = 0.2 / (1 + epoch / 10)
        for i in order:
            feats, label = rows[i]
            p = probs(feats)
            for c in classes:
                grad = p[c] - (1.0 if c == label else 0.0)
                bias[c] -= rate * grad * 0.1
                for f in feats:
                    row = weights.setdefault(f, {})
                    row[c] = row.get(c, 0.0) * (1 - rate * 0.002) - rate * grad
    return lambda feats: max(classes, key=lambda c: probs(feats)[c])


def role_items(notes: list[dict[str, Any]]) -> list[tuple[Features, str, str]]:
    out = []
    for note in notes:
        text = note["text"]
        found = {first_name(p.name): p for p in read_debrief(text).people}
        for gold in note["people"]:
            person = found.get(first_name(gold["name"]))
            if person is None:
                continue
            line_start = text.rfind("\n", 0, person.start) + 1
            line_end = text.find("\n", person.end)
            before = text[max(line_start, person.start - 40) : person.start]
            after = text[person.end : (len(text) if line_end == -1 else line_end)][:70]
            feats = [*words(before, "b:"), *words(after, "a:"), f"rule={person.role}"]
            out.append((feats, gold["role"] or "other", person.role))
    return out


def part_items(notes: list[dict[str, Any]]) -> list[tuple[str, tuple[int, int], Features, bool]]:
    """(note id, span, features, whether the rules make a practice point of it) per part."""
    out = []
    for note in notes:
        text = note["text"]
        for clause in split_clauses(text):
            points = practice_points(clause)
            cursor = 0
            for piece in [*_PARTS.finditer(clause.text), None]:
                end = piece.start() if piece else len(clause.text)
                part = clause.text[cursor:end].strip(" ,;:")
                if part:
                    start = clause.start + clause.text.index(part, cursor)
                    span = (start, start + len(part))
                    ruled = any(overlaps(span, (p.start, p.end)) for p in points)
                    out.append((note["id"], span, words(part, ""), ruled))
                cursor = piece.end() if piece else len(clause.text)
    return out


def recall_precision(
    notes: list[dict[str, Any]], picked: list[tuple[str, tuple[int, int]]]
) -> tuple[float, float]:
    gold = {
        n["id"]: [span_of(n["text"], g["evidence"]) for g in n["self_criticism"]] for n in notes
    }
    found = sum(len(spans) for spans in gold.values())
    hit = sum(
        any(overlaps(g, s) for i, s in picked if i == note)
        for note, spans in gold.items()
        for g in spans
    )
    right = sum(any(overlaps(g, s) for g in gold[i]) for i, s in picked)
    return hit / max(1, found), right / max(1, len(picked))


def main() -> int:
    notes = dev_notes()
    by_writer = {w: [n for n in notes if writer_of(n) == w] for w in ("first", "second")}
    print(f"{'roles: trained on -> measured on':44}{'people':>8}{'rules':>8}{'model':>8}")
    for a, b in (("first", "second"), ("second", "first")):
        learn = train([(f, y) for f, y, _ in role_items(by_writer[a])], ROLES)
        held = role_items(by_writer[b])
        rules = sum(y == r for _, y, r in held) / len(held)
        model = sum(y == learn(f) for f, y, _ in held) / len(held)
        print(f"{a + ' -> ' + b:44}{len(held):>8}{rules:>8.3f}{model:>8.3f}")
    print(f"\n{'self-criticism: trained on -> measured on':44}{'rules R/P':>16}{'model R/P':>16}")
    for a, b in (("first", "second"), ("second", "first")):
        gold = {
            n["id"]: [span_of(n["text"], g["evidence"]) for g in n["self_criticism"]]
            for n in by_writer[a]
        }
        rows = [
            (f, "yes" if any(overlaps(s, g) for g in gold[i]) else "no")
            for i, s, f, _ in part_items(by_writer[a])
        ]
        learn = train(rows, ("yes", "no"))
        held = part_items(by_writer[b])
        rules = recall_precision(by_writer[b], [(i, s) for i, s, _, r in held if r])
        model = recall_precision(by_writer[b], [(i, s) for i, s, f, _ in held if learn(f) == "yes"])
        print(
            f"{a + ' -> ' + b:44}{rules[0]:>8.3f}{rules[1]:>8.3f}{model[0]:>8.3f}{model[1]:>8.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
