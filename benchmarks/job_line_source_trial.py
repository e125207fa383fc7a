"""Trial, not shipped: does knowing who speaks in a line help the job reader's ad model?

    python benchmarks/job_line_source_trial.py --reads FILE [--balance]

A small logistic model per source reads a line's features (core/jobs/lines.py) and gives the
probability that the line is the employer talking about itself (company, values, benefits, pay,
boilerplate), trained on the `source` label of the dev requirement lines (`lines-1.jsonl`; no
advert, so no writer to hold out). Its probability for the line that asks most for a competency
is added to the ad model's features, and the ad model is measured by the trainer's nested
leave-one-writer-out (`train_job_model.ad_lowo`) on the reads kept by `train_job_model.py
--reads FILE`, beside the same without it. `--balance` weighs each writer the same for each
competency's prior. Measured 1 December 2026: 0.719 with and without (docs/jobs-and-notes.md),
so it is not part of the reader.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_job_model as trainer

from secondround.core.jobs.lines import MIN_WORDS, line_features, word_count
from secondround.core.jobs.scorer import Sentences, is_boilerplate

EMPLOYER = ("company", "benefit", "boilerplate", "other")
L2 = 0.001


def fit_employer(lines: list[dict[str, Any]]) -> tuple[float, dict[str, float]]:
    rows = [(line_features(row["text"]), row["source"] in EMPLOYER) for row in lines]
    seen = Counter(f for feats, _ in rows for f in feats)
    data = [
        ({f: 1.0 for f in feats if seen[f] >= trainer.MIN_FEATURE_COUNT}, int(y))
        for feats, y in rows
    ]
    return trainer.fit(data, L2, None, 2000, 2.0)


def logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p)) / 4


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reads", type=Path, required=True, help="train_job_model.py --reads")
    parser.add_argument("--balance", action="store_true")
    args = parser.parse_args(argv)
    if not args.reads.exists():
        print(f"{args.reads} does not exist: run train_job_model.py --check --reads FILE first.")
        return 1
    nested = pickle.loads(args.reads.read_bytes())["nested"]
    by_writer = trainer.dev_ads_by_writer()
    bias, weights = fit_employer(trainer.dev_lines())

    def employer_of(text: str) -> list[float]:
        out = []
        for start, end in Sentences(text).spans():
            line = text[start:end]
            if word_count(line) >= MIN_WORDS and not is_boilerplate(line):
                z = bias + sum(weights.get(f, 0.0) for f in line_features(line))
                out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
        return out

    employer: dict[int, list[float]] = {}
    for held, reads in nested.outer.items():
        for read, ad in zip(reads, by_writer[held], strict=True):
            employer[id(read)] = employer_of(ad["text"])
    for (_, other), reads in nested.inner.items():
        for read, ad in zip(reads, by_writer[other], strict=True):
            employer[id(read)] = employer_of(ad["text"])
    plain = trainer.scored

    def with_source(reads: Iterable[trainer.Read], propose: float = 0.0) -> list[trainer.Scored]:
        out = []
        for read in reads:
            ps = employer[id(read)]
            found = []
            for c in read.found:
                if c.kind == "occupation" or (c.kind == "line" and c.best_p < propose):
                    continue
                feats = c.ad_features()
                if ps and len(ps) == len(c.line_ps):
                    top = max(range(len(ps)), key=c.line_ps.__getitem__)
                    feats["who:employer"] = logit(ps[top])
                found.append((c.competency.name, feats))
            out.append((read.gold, found))
        return out

    trainer.AD_BALANCE = args.balance
    for name, scorer in (("without the line source", plain), ("with it", with_source)):
        trainer.scored = scorer  # type: ignore[assignment]
        (_, l2, threshold), counts, _ = trainer.ad_lowo(nested, per_key_thresholds=False)
        trainer.report(f"{name} (L2 {l2}, threshold {threshold}):", counts)
    trainer.scored = plain
    return 0


if __name__ == "__main__":
    sys.exit(main())
