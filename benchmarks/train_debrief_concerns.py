"""Train the debrief reader's concern model: clauses of a concern, and parts that only mark one.

    python benchmarks/train_debrief_concerns.py [--check] [--unseen FILE]

Reads the dev notes of the training writers' files (NOTE_FILES below, one writer each; the
`test` split, the held-back items numbered 500-999 and the held-back files are never read), and
for each judgement of `secondround.core.debrief.concern_model`:

1. leave one writer out: trains on the other writers' dev notes and measures the whole reader
   (read_eval.py's figures) on that writer's, for every threshold on a grid, beside the cues
   alone;
2. picks the threshold with the best sum over the writers left out (clauses of a concern: the
   gain in concern F1, less twice the recall lost on promises and facts and the rise in asides
   filed; markers: the gain in concerns worded as the worry); "off" when nothing gains;
3. trains on every writer's dev notes and writes the weights and thresholds to
   src/secondround/data/debrief/concern_model.json (`--check` writes nothing).

`--unseen FILE` leaves that writer's file out of the choice: it is only measured, trained on the
others, as a writer the thresholds never saw (and left out of the shipped weights).

A clause's row carries its context (`concern_model.clause_context`) beside its own features.
Leaving one writer out on seven writers (2 December 2026), the concern judgement lost at every
threshold even with the context features and a fact it took for a doubt kept as a fact too (gain
-0.09 at 0.95 to -0.47 at 0.5): it still ships off.

`--general` trains on the general features only (asked, an arrow, a quoted remark, "never/only",
a need said back, asking again, a face or silence...), leaving out the words of the text (`w:`,
`first:`), to compare: leaving one writer out on five writers (December 2026) it worded a little
more as the worry (0.845 against 0.840) but took a doubt on the next line or the question before
an answer for a marker on wordings the words model reads right, so the words model ships.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any
from unittest.mock import patch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from read_eval import DATA, content, eval_notes, held_back, overlaps, span_of  # noqa: E402
from train_debrief_parts import train  # noqa: E402

from secondround.core.debrief import concern_model  # noqa: E402
from secondround.core.debrief.clauses import split_clauses  # noqa: E402
from secondround.core.debrief.concern_model import (  # noqa: E402
    OFF,
    clause_context,
    concern_features,
)

OUT = ROOT / "src" / "secondround" / "data" / "debrief" / "concern_model.json"
# The training writers, one file each. Never the held-back files (notes-5, -6, -8, -10), nor a
# writer's file before it has been measured once as unseen (notes-11 was, in the sixth round).
NOTE_FILES = (
    "notes.jsonl",
    "notes-2.jsonl",
    "notes-3.jsonl",
    "notes-4.jsonl",
    "notes-7.jsonl",
    "notes-9.jsonl",
    "notes-11.jsonl",
)
GRID = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]
_ARROW = re.compile(r"\s*(?:->|=>|→|⇒)\s*")
Row = tuple[list[str], bool]
Notes = list[dict[str, Any]]
Weights = dict[str, dict[str, float]]

_R, _P, _W = "concerns found (recall)", "concerns precision", "concerns worded as the worry"
_KEPT = ("promises found (recall)", "facts found (recall)")
_NOISE = "noise wrongly filed (lower is better)"


def dev_notes_by_writer() -> dict[str, Notes]:
    out: dict[str, Notes] = {}
    for name in NOTE_FILES:
        path = DATA / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        dev = [n for n in rows if n["split"] == "dev" and not held_back(n)]
        if dev:
            out[name] = dev
    return out


# Set by --general: train on the general features only, not the words of the text.
_GENERAL_ONLY = False


def features(text: str, context: list[str] | None = None) -> list[str]:
    """The concern model's features of a text, less its words under --general."""
    feats = concern_features(text, context or ())
    if not _GENERAL_ONLY:
        return feats
    return [f for f in feats if not f.startswith(("w:", "first:"))]


def concern_rows(notes: Notes) -> list[Row]:
    """(features, in a gold concern) per clause of the notes."""
    out = []
    for note in notes:
        gold = [span_of(note["text"], c["evidence"]) for c in note["concerns"]]
        clauses = split_clauses(note["text"])
        for index, clause in enumerate(clauses):
            span = (clause.start, clause.end)
            context = clause_context(clauses, index)
            out.append((features(clause.text, context), any(overlaps(span, g) for g in gold)))
    return out


def marker_rows(notes: Notes) -> list[Row]:
    """(features, only marks the worry) per arrow-cut part of each clause in a gold concern: a
    part sharing no content word with the gold worry is taken for the marker."""
    out = []
    for note in notes:
        text = note["text"]
        for concern in note["concerns"]:
            start, end = span_of(text, concern["evidence"])
            worry = content(concern["worry"])
            for clause in split_clauses(text):
                if not overlaps((clause.start, clause.end), (start, end)):
                    continue
                for part in _ARROW.split(clause.text):
                    if part.strip():
                        out.append((features(part), not content(part) & worry))
    return out


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def measured(notes: Notes, weights: Weights, thresholds: dict[str, float]) -> dict[str, float]:
    """read_eval's figures for the notes, the reader using these weights and thresholds."""
    model = concern_model.Model(weights, thresholds)
    with patch.object(concern_model, "_model", lambda: model):
        return eval_notes(notes, show=False)


def choose(
    writers: dict[str, Notes], models: dict[str, Weights]
) -> tuple[float, float, dict[str, dict[str, float]], dict[str, dict[str, float]]]:
    """Thresholds chosen writer against writer; each writer's figures off and on."""
    off = {w: measured(writers[w], models[w], {"concern": OFF, "marker": OFF}) for w in writers}

    def concern_gain(t: float) -> float:
        total = 0.0
        for w in writers:
            r = measured(writers[w], models[w], {"concern": t, "marker": OFF})
            lost = sum(max(0.0, off[w][k] - r[k]) for k in _KEPT)
            noisier = max(0.0, r[_NOISE] - off[w][_NOISE])
            total += f1(r[_P], r[_R]) - f1(off[w][_P], off[w][_R]) - 2 * lost - noisier
        return total

    gains = {t: concern_gain(t) for t in [OFF, *GRID]}
    print("concern gain by threshold: " + ", ".join(f"{t}: {g:+.3f}" for t, g in gains.items()))
    concern = max(gains, key=lambda t: gains[t])

    def marker_gain(t: float) -> float:
        total = 0.0
        for w in writers:
            r = measured(writers[w], models[w], {"concern": concern, "marker": t})
            lost = sum(max(0.0, off[w][k] - r[k]) for k in _KEPT)
            total += r[_W] - off[w][_W] + f1(r[_P], r[_R]) - f1(off[w][_P], off[w][_R]) - 2 * lost
        return total

    marker_gains = {t: marker_gain(t) for t in [OFF, *GRID]}
    print(
        "marker gain by threshold: " + ", ".join(f"{t}: {g:+.3f}" for t, g in marker_gains.items())
    )
    marker = max(marker_gains, key=lambda t: marker_gains[t])
    on = {
        w: measured(writers[w], models[w], {"concern": concern, "marker": marker}) for w in writers
    }
    return concern, marker, off, on


def trained(notes: Notes) -> Weights:
    return {"concern": train(concern_rows(notes)), "marker": train(marker_rows(notes))}


def report(title: str, off: dict[str, float], on: dict[str, float]) -> None:
    cells = " ".join(f"{off[k]:.3f}->{on[k]:.3f}" for k in (_R, _P, _W, _NOISE))
    print(f"  {title:16} {cells}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="measure only; write nothing")
    parser.add_argument("--unseen", metavar="FILE", help="measure this writer only, choose without")
    parser.add_argument("--general", action="store_true", help="general features only, no words")
    args = parser.parse_args(argv)
    global _GENERAL_ONLY
    _GENERAL_ONLY = args.general
    everyone = dev_notes_by_writer()
    unseen = everyone.pop(args.unseen, None) if args.unseen else None
    writers = everyone
    if len(writers) < 2:
        print("Leave-one-writer-out needs the dev notes of two writers or more.")
        return 1
    print(f"dev notes by writer: {', '.join(f'{w} {len(n)}' for w, n in writers.items())}")
    models = {w: trained([n for v, ns in writers.items() if v != w for n in ns]) for w in writers}
    concern, marker, off, on = choose(writers, models)
    print("\nleave one writer out (cues alone -> with the model), dev notes of the writer left out")
    print(f"  {'writer':16} {'recall':>12} {'precision':>12} {'worded':>12} {'noise filed':>12}")
    pooled_off: dict[str, float] = {}
    pooled_on: dict[str, float] = {}
    for w in writers:
        report(w, off[w], on[w])
    everything = [n for ns in writers.values() for n in ns]
    thresholds = {"concern": concern, "marker": marker}
    # Pooled: each writer's notes read by the model trained without that writer.
    for key in (_R, _P, _W, _NOISE):
        weights = {w: len(writers[w]) for w in writers}
        total = sum(weights.values())
        pooled_off[key] = sum(off[w][key] * weights[w] for w in writers) / total
        pooled_on[key] = sum(on[w][key] * weights[w] for w in writers) / total
    report("pooled (mean)", pooled_off, pooled_on)
    print(f"thresholds chosen: concern {concern}, marker {marker}")
    if unseen is not None:
        model = trained(everything)
        before = measured(unseen, model, {"concern": OFF, "marker": OFF})
        after = measured(unseen, model, thresholds)
        print(f"\nunseen writer {args.unseen} ({len(unseen)} dev notes), trained on the others:")
        report(args.unseen, before, after)
    if args.check:
        return 0
    final = trained(everything)
    kept = {
        kind: {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 0.005}
        for kind, weights in final.items()
    }
    OUT.write_text(
        json.dumps(
            {
                "about": (
                    "Weights of the debrief reader's concern model, trained by "
                    "benchmarks/train_debrief_concerns.py on the dev notes of the readers corpus "
                    f"({len(everything)} notes by {len(writers)} writers; test never read), "
                    f"on {'the general features only' if _GENERAL_ONLY else 'words and features'}. "
                    "Thresholds chosen leaving one writer out."
                ),
                "thresholds": thresholds,
                "weights": kept,
            },
            indent=1,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"\nwrote {OUT.relative_to(ROOT)} ({sum(len(w) for w in kept.values())} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
