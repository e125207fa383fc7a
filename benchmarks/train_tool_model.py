"""Train the job reader's tool model on the DEV split of the readers corpus only.

    python benchmarks/train_tool_model.py [--check]

Every name a dev advert offers (core/jobs/tool_model.py: capitalised runs, camel-case, names
the product lists know, what the rules found) is one example: positive when it overlaps a gold
tool of the advert (as benchmarks/read_eval.py matches them), negative otherwise, the advert's
`not_tools` among them. The model is a pure-Python logistic regression over the candidate's
features. A candidate the vetoes rule out (tool_model.VETOES: dates, credentials, standards,
the employer's own systems, kinds of system) is never kept, as in core/jobs/tools.py.

The L2 strength and the threshold are chosen by LEAVE-ONE-WRITER-OUT: each ads file is one writer;
the model is trained on the dev adverts of every other file and scored on the held-out writer's
dev adverts, with read_eval's tool matching. Each held-out writer is one draw of "a writer
nobody here has read"; the setting kept is the one with the highest pooled recall at which such
a writer can be expected to clear the precision bar: the mean of the writers' precisions less
one standard deviation of them is at least MIN_WRITER_PRECISION (see there for why).
Items numbered 500-999, the held-back files and every test item are never read. Writes
`src/secondround/data/jobs/tool_model.json`; `--check` only prints.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import statistics
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from secondround.core.jobs.named import is_plain_word  # noqa: E402
from secondround.core.jobs.tool_model import Candidate, ToolModel, candidates  # noqa: E402
from secondround.core.jobs.tools import _header_words, _own_names, _unique, rule_tools  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "readers"
OUT = ROOT / "src" / "secondround" / "data" / "jobs" / "tool_model.json"
L2 = (1e-4, 1e-3, 1e-2)
THRESHOLDS = [round(0.2 + 0.05 * i, 2) for i in range(15)]
EPOCHS = 12
RATE = 0.2
MIN_FEATURE_COUNT = 3
# The target is precision 0.9 on any writer nobody here has read. The rule used to be "pooled
# precision >= 0.95 and the worst writer's >= 0.9": the worst of n writers falls as writers are
# added, and with eight it was set by one writer's convention (ads-12 counts equipment brands,
# and its places and public bodies were taken for products), which cut every writer's recall
# (pooled 0.79 -> 0.64) to move that one. The mean less one standard deviation of the writers'
# precisions says where about five writers in six would fall and does not tighten by itself as
# writers are added. The candidates' features include what the rules found, and the rules were
# tuned on every dev writer, so leave-one-writer-out flatters precision by a few points (the
# sixth round's unseen writer: 0.86 on dev against 0.95 pooled leave-one-writer-out): the bar
# is set above the target.
MIN_WRITER_PRECISION = 0.92


def is_dev(item: dict[str, Any]) -> bool:
    # The split rule checked beside the label: ids ending 3, 6 or 9 are test, 500-999 held back.
    number = int("".join(ch for ch in item["id"] if ch.isdigit()) or 0)
    return item["split"] == "dev" and item["id"][-1] not in "369" and not 500 <= number <= 999


def dev_ads_by_writer() -> dict[str, list[dict[str, Any]]]:
    """Dev adverts per ads file (each file is one writer); held-back files are never opened."""
    out: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(DATA.glob("ads*.jsonl")):
        if path.name in HELD_BACK_FILES:
            continue
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        ads = [ad for ad in rows if is_dev(ad)]
        if ads:
            out[path.name] = ads
    return out


# Files of writers nobody tuning may read (benchmarks/data/readers/README.md).
HELD_BACK_FILES = frozenset({"ads-5.jsonl", "ads-6.jsonl", "ads-9.jsonl", "ads-11.jsonl"})


def occurrences(text: str, name: str) -> list[tuple[int, int]]:
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


class Read:
    """One dev advert's candidates, their labels and its gold tools."""

    def __init__(self, ad: dict[str, Any]) -> None:
        text = ad["text"]
        self.text = text
        self.gold: list[str] = list(ad["tools"])
        self.not_tools: list[str] = list(ad.get("not_tools", []))
        self.rules = _unique([n for _, n in rule_tools(text)])
        self.candidates: list[Candidate] = candidates(
            text, rule_tools(text), _header_words(text), _own_names()
        )
        gold_spans = [s for g in self.gold for s in occurrences(text, g)]
        self.labels = [
            int(any(a < d and c < b for a, b in occurrences(text, x.name) for c, d in gold_spans))
            for x in self.candidates
        ]

    def kept(self, probabilities: list[float], threshold: float) -> list[str]:
        # As core/jobs/tools.py keeps them: our own list's names always.
        own = _own_names()
        chosen = sorted(
            (x.start, x.name)
            for x, p in zip(self.candidates, probabilities, strict=True)
            if (p >= threshold and not x.vetoed) or x.name in own
        )
        return _unique([n for _, n in chosen])


def score(text: str, gold: list[str], found: list[str]) -> Counter[str]:
    """read_eval's tool matching: one-to-one, overlapping occurrences match."""
    spans = {n: occurrences(text, n) for n in [*gold, *found]}
    used: set[int] = set()
    tp = 0
    for g in gold:
        for i, f in enumerate(found):
            if i in used:
                continue
            if any(a < d and c < b for a, b in spans[g] for c, d in spans[f]):
                used.add(i)
                tp += 1
                break
    return Counter(tp=tp, fp=len(found) - tp, fn=len(gold) - tp)


def floor_counts(read: Read, found: list[str]) -> Counter[str]:
    """The not_tools floor: how many of the advert's labelled `not_tools` were kept, and how many
    kept names that are no gold tool are ordinary words ("Leadership", "Square")."""
    c: Counter[str] = Counter(not_tools=len(read.not_tools))
    low = {f.lower() for f in found}
    c["not_tools_kept"] = sum(1 for n in read.not_tools if n.lower() in low)
    wrong = [f for f in found if score(read.text, read.gold, [f])["fp"]]
    c["plain_wrong"] = sum(1 for f in wrong if is_plain_word(f))
    return c


def pr(c: Counter[str]) -> tuple[float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r


def fit(reads: list[Read], l2: float, seed: int = 7) -> ToolModel:
    """Logistic regression by stochastic gradient descent (AdaGrad steps), L2 on the weights."""
    seen = Counter(f for r in reads for x in r.candidates for f in x.features)
    allowed = {f for f, n in seen.items() if n >= MIN_FEATURE_COUNT}
    data = [
        ([f for f in x.features if f in allowed], y)
        for r in reads
        for x, y in zip(r.candidates, r.labels, strict=True)
    ]
    rng = random.Random(seed)
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias, bias_sq = 0.0, 0.0
    for _ in range(EPOCHS):
        rng.shuffle(data)
        for feats, y in data:
            z = bias + sum(weights.get(f, 0.0) for f in feats)
            error = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - y
            bias_sq += error * error
            bias -= RATE * error / math.sqrt(bias_sq + 1e-8)
            for f in feats:
                w = weights.get(f, 0.0)
                g = error + l2 * w
                squares[f] = squares.get(f, 0.0) + g * g
                weights[f] = w - RATE * g / math.sqrt(squares[f] + 1e-8)
    return ToolModel(bias, weights, 0.5)


def lowo(
    by_writer: dict[str, list[Read]], l2s: tuple[float, ...] = L2, verbose: bool = True
) -> dict[tuple[float, float], dict[str, Counter[str]]]:
    """Per (L2, threshold), the tool counts on each writer's dev adverts, trained without it."""
    results: dict[tuple[float, float], dict[str, Counter[str]]] = {}
    for held, tests in by_writer.items():
        others = [r for w, rs in by_writer.items() if w != held for r in rs]
        for l2 in l2s:
            model = fit(others, l2)
            probabilities = [[model.probability(x.features) for x in r.candidates] for r in tests]
            for threshold in THRESHOLDS:
                c: Counter[str] = Counter()
                for r, ps in zip(tests, probabilities, strict=True):
                    kept = r.kept(ps, threshold)
                    c += score(r.text, r.gold, kept) + floor_counts(r, kept)
                results.setdefault((l2, threshold), {})[held] = c
        if verbose:
            print(f"  held out {held}: {len(tests)} dev ads", file=sys.stderr)
    return results


def writer_bound(per_writer: dict[str, Counter[str]]) -> float:
    """The mean of the writers' precisions less one standard deviation of them."""
    precisions = [pr(c)[0] for c in per_writer.values()]
    if len(precisions) < 2:
        return precisions[0] if precisions else 0.0
    return statistics.mean(precisions) - statistics.stdev(precisions)


def choose(results: dict[tuple[float, float], dict[str, Counter[str]]]) -> tuple[float, float]:
    """Highest pooled recall whose writer bound (writer_bound) is at least
    MIN_WRITER_PRECISION; else the setting with the highest bound."""

    def pooled(key: tuple[float, float]) -> tuple[float, float]:
        return pr(sum(results[key].values(), Counter()))

    ok = [k for k in results if writer_bound(results[k]) >= MIN_WRITER_PRECISION]
    if ok:
        return max(ok, key=lambda k: (pooled(k)[1], pooled(k)[0]))
    return max(results, key=lambda k: writer_bound(results[k]))


def shipped_setting() -> tuple[float, float]:
    """(L2, threshold) of the shipped tool_model.json."""
    data = json.loads(OUT.read_text(encoding="utf-8"))
    return float(data["l2"]), float(data["threshold"])


def rules_by_writer(by_writer: dict[str, list[Read]]) -> dict[str, Counter[str]]:
    return {
        w: sum((score(r.text, r.gold, r.rules) for r in rs), Counter())
        for w, rs in by_writer.items()
    }


def report(
    by_writer: dict[str, list[Read]],
    results: dict[tuple[float, float], dict[str, Counter[str]]],
    key: tuple[float, float],
) -> None:
    """LOWO tool P/R per writer: the rules alone beside the model trained without that writer."""
    rules = rules_by_writer(by_writer)
    print(f"\npooled leave-one-writer-out tool P/R by threshold (L2 {key[0]})")
    for (l2, threshold), per in sorted(results.items()):
        if l2 == key[0]:
            p, r = pr(sum(per.values(), Counter()))
            worst = min(pr(c)[0] for c in per.values())
            print(
                f"  {threshold:.2f}  P {p:.3f}  R {r:.3f}  worst writer P {worst:.3f}"
                f"  mean-sd {writer_bound(per):.3f}"
            )
    print(
        f"\ntools, leave-one-writer-out (dev ads; L2 {key[0]}, threshold {key[1]})"
        "\n  writer                        ads   rules P    R    model P    R"
        "    not_tools kept    ordinary words kept wrongly"
    )
    for writer in [*by_writer, "pooled"]:
        if writer == "pooled":
            a, b, n = (
                sum(rules.values(), Counter()),
                sum(results[key].values(), Counter()),
                sum(len(v) for v in by_writer.values()),
            )
        else:
            a, b, n = rules[writer], results[key][writer], len(by_writer[writer])
        (rp, rr), (mp, mr) = pr(a), pr(b)
        print(
            f"  {writer:28} {n:>4}   {rp:.3f} {rr:.3f}    {mp:.3f} {mr:.3f}"
            f"    {b['not_tools_kept']:>3} of {b['not_tools']:>3}    {b['plain_wrong']:>3}"
        )


def reads_by_writer() -> dict[str, list[Read]]:
    return {w: [Read(ad) for ad in ads] for w, ads in dev_ads_by_writer().items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="print only, write nothing")
    args = parser.parse_args(argv)
    by_writer = reads_by_writer()
    results = lowo(by_writer)
    key = choose(results)
    report(by_writer, results, key)
    every = [r for rs in by_writer.values() for r in rs]
    model = fit(every, key[0])
    pooled = pr(sum(results[key].values(), Counter()))
    if args.check:
        return 0
    payload = {
        "about": (
            "Weights of the job reader's tool model (core/jobs/tool_model.py). Trained by "
            "benchmarks/train_tool_model.py on the dev split of benchmarks/data/readers/ "
            "(written for secondround); the test split and the held-back writers were not used. "
            "L2 and threshold chosen by leave-one-writer-out over the dev adverts: the highest "
            "pooled recall at which the writers' mean precision less one standard deviation "
            "is at least 0.92."
        ),
        "trained": date.today().isoformat(),
        "dev_adverts": len(every),
        "candidates": sum(len(r.candidates) for r in every),
        "l2": key[0],
        "threshold": key[1],
        "lowo_precision": round(pooled[0], 3),
        "lowo_recall": round(pooled[1], 3),
        "lowo_writer_bound": round(writer_bound(results[key]), 3),
        "writers": sorted(by_writer),
        "bias": round(model.bias, 4),
        "weights": {k: round(v, 4) for k, v in sorted(model.weights.items()) if abs(v) >= 1e-4},
    }
    OUT.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(payload['weights'])} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main())
