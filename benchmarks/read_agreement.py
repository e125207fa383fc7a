"""How far two careful annotators agree on what job adverts ask for and what notes say.

    python benchmarks/read_agreement.py

A second annotator labelled 50 dev adverts of the third and fourth writers (ads-3, ads-4) blind,
by the readers README's rules, without seeing the first labels
(`data/readers/agreement/second-ads.jsonl`, their notes on ambiguous rules in NOTES.md). This
prints the micro-F1 between the two sets of labels — the ceiling a reader can be expected to reach
— on the set of keys and on the keys weighted 2 or 3, per writer.

A second annotator also labelled 40 dev notes of the third and fifth notes writers (notes-3,
notes-4) blind (`data/readers/agreement/second-notes.jsonl`, their notes in NOTES-notes.md). This
prints how many of the first annotator's concerns, promises, self-criticisms, next steps and noise
the second found and how many of the second's the first had, matched as `read_eval.py` matches the
reader (evidence spans that overlap, one to one: a generous match), the concerns whose worries
share a word, and people matched by first name with their roles.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def _span(text: str, evidence: str) -> tuple[int, int]:
    at = text.find(evidence)
    return (at, at + len(evidence))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _pair(
    first: list[Any], second: list[Any], same: Callable[[Any, Any], bool]
) -> list[tuple[int, int]]:
    """One-to-one matches (first index, second index), greedy in order, as read_eval pairs them."""
    used: set[int] = set()
    out = []
    for i, a in enumerate(first):
        for j, b in enumerate(second):
            if j not in used and same(a, b):
                used.add(j)
                out.append((i, j))
                break
    return out


_WORD = re.compile(r"[a-z]{4,}")
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "prof", "sir"})


def _words(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(text.lower())}


def _first_name(name: str) -> str:
    words = [w.strip(".") for w in name.lower().split()]
    return next((w for w in words if w not in _TITLES), words[0] if words else "")


def notes_agreement() -> int:
    path = READERS / "agreement" / "second-notes.jsonl"
    if not path.exists():
        return 0
    second = _read(path)
    first = {n["id"]: n for p in sorted(READERS.glob("notes*.jsonl")) for n in _read(p)}
    missing = [row["id"] for row in second if row["id"] not in first]
    if missing:
        print(f"The first labels of {', '.join(missing)} are not in data/readers/notes*.jsonl.")
        return 1
    c: Counter[str] = Counter()
    for row in second:
        note = first[row["id"]]
        text = note["text"]
        for kind in ("concerns", "promises", "self_criticism", "next_step", "noise"):
            a, b = note.get(kind), row.get(kind)
            a = [] if a is None else a if isinstance(a, list) else [a]
            b = [] if b is None else b if isinstance(b, list) else [b]
            spans_a = [_span(text, x if isinstance(x, str) else x["evidence"]) for x in a]
            spans_b = [_span(text, x if isinstance(x, str) else x["evidence"]) for x in b]
            matched = _pair(spans_a, spans_b, _overlap)
            c[f"{kind} first"] += len(a)
            c[f"{kind} second"] += len(b)
            c[f"{kind} both"] += len(matched)
            if kind == "concerns":
                c["worry words"] += sum(
                    1 for i, j in matched if _words(a[i]["worry"]) & _words(b[j]["worry"])
                )
        pa, pb = note["people"], row["people"]
        matched = _pair(pa, pb, lambda x, y: _first_name(x["name"]) == _first_name(y["name"]))
        c["people first"] += len(pa)
        c["people second"] += len(pb)
        c["people both"] += len(matched)
        c["roles same"] += sum(
            1 for i, j in matched if (pa[i]["role"] or "other") == (pb[j]["role"] or "other")
        )
    head = f"notes ({len(second)})"
    print(f"\n{head:<28}{'first found by second':>22}{'second in first':>17}{'F1':>7}")
    for kind in ("concerns", "promises", "self_criticism", "next_step", "noise", "people"):
        both, a, b = c[f"{kind} both"], c[f"{kind} first"], c[f"{kind} second"]
        recall, precision = both / max(a, 1), both / max(b, 1)
        f1 = 2 * both / max(a + b, 1)
        print(f"{kind:<28}{recall:>22.3f}{precision:>17.3f}{f1:>7.3f}")
    worded = c["worry words"] / max(c["concerns both"], 1)
    print(f"{'concern worries share a word':<28}{worded:>22.3f}")
    print(f"{'people: same role':<28}{c['roles same'] / max(c['people both'], 1):>22.3f}")
    return 0


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
    return notes_agreement()


if __name__ == "__main__":
    raise SystemExit(main())
