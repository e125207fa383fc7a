"""Trial, not shipped: do where a line sits, whom it addresses, how central a key is, or the
line's MiniLM vector help the job reader's ad model?

    python benchmarks/job_ad_context_trial.py --reads FILE [--vectors]

On the reads `train_job_model.py --reads FILE` kept (each writer's dev adverts read by line models
that never saw that writer), the ad model is measured by the trainer's nested leave-one-writer-out
(`train_job_model.ad_lowo`) with these features added to its own:

- context: the section strength (core/jobs/sections.py), voice ("you'll", "the successful
  candidate", "we need someone who" against "we are", "our team", "we offer"), list shape and
  place in the advert of the line that asks most for the key; the voice of the lines asking for it
  at all (0.3), whether all of them are plain prose, their share of the advert's lines; the key's
  rank among the advert's candidates by the line model's best probability (a key asked once in
  passing among many against the one the advert is about).
- vectors (`--vectors`, the semantic extra): a logistic model per competency on each line's
  384-number MiniLM vector, trained on the same labelled lines as the line model and held out the
  same way (for a held-out writer, the inner reads' vectors model saw neither writer); its best
  probability over the lines, on the line the word model ranks first, and of the mean of the two
  models, and how many lines it gives 0.3; and, as a further variant, candidates the vectors
  alone propose (0.3) where no cue or line did.

Measured 1 December 2026 on seven writers (docs/jobs-and-notes.md): 0.733 without, 0.733 with
the contexts, 0.733 with the vectors (with or without their own candidates), 0.734 with both, so
none is part of the reader. The test split is never read; the held-back writers are not opened.
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_job_model as trainer

from secondround.core.jobs.competencies import Candidate
from secondround.core.jobs.lines import MIN_WORDS, word_count
from secondround.core.jobs.scorer import Sentences, is_boilerplate
from secondround.core.jobs.sections import Layout

KEYS = trainer.KEYS
_TO_CANDIDATE = re.compile(
    r"(?i)\b(?:you|your|you'll|you're|you've|you'd|yourself|someone|somebody|candidates?|"
    r"applicants?|the person|a person|we need|we want|we'd like|we expect|looking for|"
    r"able to|ability to|must|should|will need|need to)\b"
)
_OF_EMPLOYER = re.compile(r"(?i)\b(?:we|we're|we've|we'll|our|ours|us)\b")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·–—]|\d{1,2}[.)])\s+")
Context = tuple[str, str, bool, float]
Extra = Callable[[trainer.Read, Candidate], dict[str, float]]


def advert_lines(text: str) -> list[tuple[int, int]]:
    """The lines the line model reads (core/jobs/competencies.py), in the same order."""
    return [
        (a, b)
        for a, b in Sentences(text).spans()
        if word_count(text[a:b]) >= MIN_WORDS and not is_boilerplate(text[a:b])
    ]


def contexts(text: str) -> list[Context]:
    """(section strength, voice, list item, place 0-1) of every line the line model reads."""
    layout = Layout(text)
    out = []
    for start, end in advert_lines(text):
        line = text[start:end]
        lead = text[text.rfind("\n", 0, start) + 1 : start]
        voice = "you" if _TO_CANDIDATE.search(line) else "we" if _OF_EMPLOYER.search(line) else "-"
        item = _LIST_ITEM.match(lead + line) is not None
        out.append((layout.strength(start), voice, item, start / max(len(text), 1)))
    return out


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p)) / 4


def context_features(read: trainer.Read, c: Candidate) -> dict[str, float]:
    ps, ctx = list(c.line_ps), read.contexts  # type: ignore[attr-defined]
    order = sorted((x.best_p for x in read.found if x.kind != "occupation"), reverse=True)
    out = {f"rank:{min(order.index(c.best_p), 6)}": 1.0}
    if not ps or len(ps) != len(ctx):
        return out
    strength, voice, item, place = ctx[max(range(len(ps)), key=ps.__getitem__)]
    out.update({f"bs:{strength}": 1.0, f"bv:{voice}": 1.0, f"bi:{int(item)}": 1.0})
    out.update({f"bp:{min(int(place * 3), 2)}": 1.0, f"kbv:{c.competency.name}:{voice}": 1.0})
    asking = [x for p, x in zip(ps, ctx, strict=True) if p >= 0.3]
    if asking:
        voices = {x[1] for x in asking}
        out["av:you" if "you" in voices else "av:we" if "we" in voices else "av:-"] = 1.0
        if all(x[0] == "plain" and not x[2] for x in asking):
            out["a:prose"] = 1.0
        out["a:share"] = min(1.0, 4 * len(asking) / len(ps))
    return out


def vector_features(read: trainer.Read, c: Candidate) -> dict[str, float]:
    vps = read.vps  # type: ignore[attr-defined]
    if not len(c.line_ps) or len(vps) != len(c.line_ps):
        return {}
    vp = vps[:, KEYS.index(c.competency.name)]
    wp = list(c.line_ps)
    top = max(range(len(wp)), key=wp.__getitem__)
    mix = max((v + w) / 2 for v, w in zip(vp, wp, strict=True))
    return {
        "e:best": _logit(float(vp.max())),
        "e:top": _logit(float(vp[top])),
        "e:mix": _logit(float(mix)),
        f"e:n3:{min(int((vp >= 0.3).sum()), 3)}": 1.0,
    }


def scorer_with(extras: list[Extra], propose: float | None) -> Callable[..., Any]:
    """`train_job_model.scored` with `extras` added to each candidate's features, and when
    `propose`, candidates the vectors alone propose."""

    def scored(reads: Iterable[trainer.Read], floor: float = 0.0) -> list[trainer.Scored]:
        out = []
        for r in reads:
            found = [
                (c.competency.name, {**c.ad_features(), **{k: v for f in extras for k, v in
                                                             f(r, c).items()}})
                for c in r.found
                if c.kind != "occupation" and (c.kind != "line" or c.best_p >= floor)
            ]  # fmt: skip
            if propose is not None and len(r.vps):  # type: ignore[attr-defined]
                have = {key for key, _ in found}
                for j, key in enumerate(KEYS):
                    vp = r.vps[:, j]  # type: ignore[attr-defined]
                    if key not in have and float(vp.max()) >= propose:
                        feats = {f"key:{key}": 1.0, "kind:vector": 1.0}
                        feats["e:best"] = _logit(float(vp.max()))
                        found.append((key, feats))
            out.append((r.gold, found))
        return out

    return scored


def attach_vectors(nested: trainer.Nested, by_writer: dict[str, list[dict[str, Any]]]) -> None:
    """Each read's per-line probabilities from a vectors model that saw neither the held-out
    writer nor (for inner reads) the writer read."""
    import numpy as np

    from secondround.core import semantic

    lines = trainer.dev_lines()
    texts = [row["text"] for row in lines]
    for ads in by_writer.values():
        texts += [ad["text"][a:b] for ad in ads for a, b in advert_lines(ad["text"])]
    texts = list(dict.fromkeys(texts))
    vectors = dict(zip(texts, semantic.encoder().embed(texts), strict=True))
    models: dict[frozenset[str], tuple[Any, Any]] = {}

    def model_without(writers: frozenset[str]) -> tuple[Any, Any]:
        if writers not in models:
            ads = [ad for w, group in by_writer.items() if w not in writers for ad in group]
            rows = trainer.labelled_lines(ads, lines)
            x = np.array([vectors[t] for t, _, _ in rows], dtype=np.float64)
            known = np.array([[k in y for k in KEYS] for _, _, y in rows], dtype=float)
            y = np.array([[y.get(k, 0) for k in KEYS] for _, _, y in rows], dtype=float)
            n = known.sum(axis=0)
            w, b = np.zeros((x.shape[1], len(KEYS))), np.zeros(len(KEYS))
            for _ in range(300):
                error = (1 / (1 + np.exp(-(x @ w + b))) - y) * known
                w -= 2.0 * (x.T @ error / n + 1e-3 * w)
                b -= 2.0 * error.sum(axis=0) / n
            models[writers] = (w, b)
        return models[writers]

    def attach(reads: list[trainer.Read], ads: list[dict[str, Any]], writers: set[str]) -> None:
        w, b = model_without(frozenset(writers))
        for r, ad in zip(reads, ads, strict=True):
            spans = advert_lines(ad["text"])
            x = np.array([vectors[ad["text"][s:e]] for s, e in spans], dtype=np.float64)
            r.vps = 1 / (1 + np.exp(-(x @ w + b))) if spans else np.zeros((0, len(KEYS)))  # type: ignore[attr-defined]

    for held in by_writer:
        attach(nested.outer[held], by_writer[held], {held})
        for other in by_writer:
            if other != held:
                attach(nested.inner[(held, other)], by_writer[other], {held, other})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reads", type=Path, required=True, help="train_job_model.py --reads")
    parser.add_argument("--vectors", action="store_true", help="the MiniLM variants too")
    args = parser.parse_args(argv)
    import __main__

    # The reads were pickled by train_job_model.py run as a script.
    __main__.Nested, __main__.Read = trainer.Nested, trainer.Read  # type: ignore[attr-defined]
    nested = pickle.loads(args.reads.read_bytes())["nested"]
    by_writer = trainer.dev_ads_by_writer()
    for held, reads in nested.outer.items():
        for r, ad in zip(reads, by_writer[held], strict=True):
            r.contexts = contexts(ad["text"])
    for (_, other), reads in nested.inner.items():
        for r, ad in zip(reads, by_writer[other], strict=True):
            r.contexts = contexts(ad["text"])
    variants: dict[str, tuple[list[Extra], float | None]] = {
        "the ad model as shipped": ([], None),
        "+ context": ([context_features], None),
    }
    if args.vectors:
        attach_vectors(nested, by_writer)
        variants["+ vectors"] = ([vector_features], None)
        variants["+ vectors, vectors propose"] = ([vector_features], 0.3)
        variants["+ context + vectors"] = ([context_features, vector_features], None)
    for name, (extras, propose) in variants.items():
        trainer.scored = scorer_with(extras, propose)
        (_, l2, threshold), per_writer, _ = trainer.ad_lowo(nested, per_key_thresholds=False)
        trainer.report(f"{name} (L2 {l2}, threshold {threshold}):", per_writer)
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
