"""Trial: how low should a line propose a competency for the job reader's ad model, and what
should the ad model weigh for the many weak candidates a low floor brings?

    python benchmarks/job_proposal_trial.py --reads FILE [--variant NAME ...]

On the reads `train_job_model.py --reads FILE` kept (each writer's dev adverts read by line models
that never saw that writer, every key proposed), the ad model is measured by the trainer's nested
leave-one-writer-out (`train_job_model.ad_lowo`) at every proposal floor of `AD_PROPOSE`, with
these features added to its own:

- `any`: how likely the advert is to ask for the key in at least one line, if its lines were
  independent (1 - the product of 1 - p over the lines): many middling lines against one.
- `share`: the share of the advert's lines that ask for the key at all (0.1 or more), a long
  advert's passing mention against a short advert's theme.
- `bins`: the best line's probability in steps (0.02 to 0.7), alone and by how the key was
  proposed, so the ad model need not trust the line model's probability in a straight line.

It prints, per variant and floor, the share of gold keys proposed at all and the pooled
leave-one-writer-out precision, recall and micro-F1, and per writer for the best floor. The test
split is never read; the held-back writers' files are not opened.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_job_model as trainer

from secondround.core.jobs.ad_model import _logit
from secondround.core.jobs.competencies import Candidate

Extra = Callable[[Candidate], dict[str, float]]


def any_line(c: Candidate) -> dict[str, float]:
    miss = math.prod(1.0 - p for p in c.line_ps)
    return {"p:any": _logit(1.0 - miss)}


def share(c: Candidate) -> dict[str, float]:
    n = len(c.line_ps)
    return {"p:share": sum(p >= 0.1 for p in c.line_ps) / n if n else 0.0}


_BINS = (0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7)


def bins(c: Candidate) -> dict[str, float]:
    best = max(c.line_ps, default=0.0)
    step = sum(best >= b for b in _BINS)
    return {f"pb:{step}": 1.0, f"pb:{c.kind}:{step}": 1.0}


VARIANTS: dict[str, list[Extra]] = {
    "base": [],
    "any": [any_line],
    "share": [share],
    "any+share": [any_line, share],
    "bins": [bins],
}


def scorer_with(extras: list[Extra]) -> Callable[..., Any]:
    """`train_job_model.scored` with `extras` added to each candidate's features."""

    def scored(reads: Iterable[trainer.Read], propose: float = 0.0) -> list[trainer.Scored]:
        out: list[trainer.Scored] = []
        for r in reads:
            found = []
            for c in r.found:
                if c.kind == "occupation" or (c.kind == "line" and c.best_p < propose):
                    continue
                feats = c.ad_features()
                for extra in extras:
                    feats.update(extra(c))
                found.append((c.competency.name, feats))
            out.append((r.gold, found))
        return out

    return scored


def by_writer_and_key(per_writer: dict[str, Counter[str]]) -> None:
    """F1 per competency for each held-out writer: which keys fail on which writer."""
    writers = list(per_writer)
    print("  " + " " * 24 + " ".join(f"{w.removesuffix('.jsonl'):>7}" for w in writers))
    for key in trainer.KEYS:
        cells = []
        for w in writers:
            c = per_writer[w]
            tp, fp, fn = c[f"tp:{key}"], c[f"fp:{key}"], c[f"fn:{key}"]
            cells.append(f"{trainer.micro(Counter(tp=tp, fp=fp, fn=fn))[2]:7.2f}")
        print(f"  {key:24}" + " ".join(cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reads", type=Path, required=True, help="train_job_model.py --reads")
    parser.add_argument("--variant", action="append", choices=sorted(VARIANTS))
    args = parser.parse_args(argv)
    import __main__

    # The reads were pickled by train_job_model.py run as a script.
    __main__.Nested, __main__.Read = trainer.Nested, trainer.Read  # type: ignore[attr-defined]
    nested = pickle.loads(args.reads.read_bytes())["nested"]
    original = trainer.scored
    for name in args.variant or list(VARIANTS):
        trainer.scored = scorer_with(VARIANTS[name])
        every: dict[trainer.AdSetting, dict[str, Counter[str]]] = {}
        setting, per_writer, _ = trainer.ad_lowo(nested, per_key_thresholds=False, every=every)
        print(f"{name}:")
        trainer.by_floor(nested, every)
        trainer.report(f"{name}, best {setting}:", per_writer)
        by_writer_and_key(per_writer)
        sys.stdout.flush()
    trainer.scored = original
    return 0


if __name__ == "__main__":
    sys.exit(main())
