"""How far two careful annotators agree on the competencies job adverts ask for.

    python benchmarks/read_agreement.py

A second annotator labelled 50 dev adverts of the third and fourth writers (ads-3, ads-4) blind,
by the readers README's rules, without seeing the first labels
(`data/readers/agreement/second-ads.jsonl`, their notes on ambiguous rules in NOTES.md). This
prints the micro-F1 between the two sets of labels — the ceiling a reader can be expected to reach
— on the set of keys and on the keys weighted 2 or 3, per writer.
"""

from __future__ import annotations

import json
from pathlib import Path

READERS = Path(__file__).parent / "data" / "readers"


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def micro_f1(pairs: list[tuple[dict[str, int], dict[str, int]]], min_weight: int = 1) -> float:
    """Micro-F1 of the second labels against the first, on keys weighted min_weight or more."""
    tp = fp = fn = 0
    for first, second in pairs:
        a = {k for k, w in first.items() if w >= min_weight}
        b = {k for k, w in second.items() if w >= min_weight}
        tp, fp, fn = tp + len(a & b), fp + len(b - a), fn + len(a - b)
    return 2 * tp / max(2 * tp + fp + fn, 1)


def main() -> int:
    second = _read(READERS / "agreement" / "second-ads.jsonl")
    first: dict[str, tuple[str, dict[str, int]]] = {}
    for path in sorted(READERS.glob("ads*.jsonl")):
        for ad in _read(path):
            first[ad["id"]] = (path.name, ad["competencies"])
    missing = [row["id"] for row in second if row["id"] not in first]
    if missing:
        print(f"The first labels of {', '.join(missing)} are not in data/readers/ads*.jsonl.")
        return 1
    groups: dict[str, list[tuple[dict[str, int], dict[str, int]]]] = {"all": []}
    for row in second:
        name, labels = first[row["id"]]
        pair = (labels, row["competencies"])
        groups["all"].append(pair)
        groups.setdefault(name, []).append(pair)
    print(f"{'ads':<14}{'n':>4}{'micro-F1 (keys)':>18}{'weight 2-3 only':>18}")
    for name, pairs in sorted(groups.items(), key=lambda kv: kv[0] != "all"):
        print(f"{name:<14}{len(pairs):>4}{micro_f1(pairs):>18.3f}{micro_f1(pairs, 2):>18.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
