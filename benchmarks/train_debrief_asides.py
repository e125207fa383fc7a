"""Train the debrief reader's aside judgement: a clause, or a piece of one, that is only an aside.

    python benchmarks/train_debrief_asides.py [--check]

Reads the dev notes of the training writers' files (train_debrief_concerns.NOTE_FILES, one writer
each; the `test` split, the items numbered 500-999 and the held-back files are never read), and:

1. leave one writer out: trains on the other writers' dev notes and measures the whole reader
   (read_eval.py's figures) on that writer's, for every threshold on a grid, beside the cues
   alone;
2. picks the threshold with the best sum over the writers left out: the drop in asides filed,
   less twice the recall lost on concerns, promises, facts and self-criticism ("off" when
   nothing gains);
3. trains on every writer's dev notes and writes the weights and the threshold to
   src/secondround/data/debrief/aside_model.json (`--check` writes nothing).

A row is a clause, or a piece of a clause between its commas, brackets and dashes, read by
`secondround.core.debrief.asides.aside_features`; it is an aside when it overlaps a gold noise
span and no gold item the reader must keep.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any
from unittest.mock import patch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from read_eval import eval_notes, overlaps, span_of  # noqa: E402
from train_debrief_concerns import dev_notes_by_writer  # noqa: E402
from train_debrief_parts import train  # noqa: E402

from secondround.core.debrief import asides  # noqa: E402
from secondround.core.debrief.asides import aside_features, pieces  # noqa: E402
from secondround.core.debrief.clauses import split_clauses  # noqa: E402
from secondround.core.debrief.part_model import Model  # noqa: E402

OUT = ROOT / "src" / "secondround" / "data" / "debrief" / "aside_model.json"
OFF = 2.0
GRID = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]
Notes = list[dict[str, Any]]
Row = tuple[list[str], bool]
Span = tuple[int, int]
_NOISE = "noise wrongly filed (lower is better)"
_KEPT = (
    "concerns found (recall)",
    "promises found (recall)",
    "facts found (recall)",
    "self_criticism found (recall)",
)


def _kept_spans(note: dict[str, Any]) -> list[Span]:
    text = note["text"]
    items = [*note["concerns"], *note["promises"], *note["facts"], *note["self_criticism"]]
    if note["next_step"]:
        items.append(note["next_step"])
    return [span_of(text, i["evidence"]) for i in items]


def aside_rows(notes: Notes) -> list[Row]:
    """(features, an aside) per clause and per piece of a clause of several pieces."""
    out = []
    for note in notes:
        text = note["text"]
        noise = [span_of(text, n) for n in note["noise"]]
        kept = _kept_spans(note)
        for clause in split_clauses(text):
            spans = [(clause.start, clause.end)]
            parts = pieces(clause.text)
            if len(parts) > 1:
                spans += [(clause.start + a, clause.start + b) for a, b in parts]
            for span in spans:
                aside = any(overlaps(span, n) for n in noise) and not any(
                    overlaps(span, k) for k in kept
                )
                out.append((aside_features(text[span[0] : span[1]]), aside))
    return out


def measured(notes: Notes, weights: dict[str, float], threshold: float) -> dict[str, float]:
    """read_eval's figures for the notes, the reader using these weights and this threshold."""
    asides._model.cache_clear()
    model = Model({"aside": weights}, {"aside": threshold})
    with patch.object(asides, "_model", lambda: model):
        return eval_notes(notes, show=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="measure only; write nothing")
    args = parser.parse_args(argv)
    writers = dev_notes_by_writer()
    if len(writers) < 2:
        print("Leave-one-writer-out needs the dev notes of two writers or more.")
        return 1
    print(f"dev notes by writer: {', '.join(f'{w} {len(n)}' for w, n in writers.items())}")
    models = {
        w: train(aside_rows([n for v, ns in writers.items() if v != w for n in ns]))
        for w in writers
    }
    figures = {t: {w: measured(writers[w], models[w], t) for w in writers} for t in [OFF, *GRID]}

    def gain(t: float) -> float:
        total = 0.0
        for w in writers:
            off, on = figures[OFF][w], figures[t][w]
            lost = sum(max(0.0, off[k] - on[k]) for k in _KEPT)
            total += off[_NOISE] - on[_NOISE] - 2 * lost
        return total

    # A tie goes to the higher threshold: fewer asides judged, less to lose on a new writer.
    chosen = max([OFF, *GRID], key=lambda t: (round(gain(t), 6), t))
    print("\nleave one writer out (cues alone -> with the judgement), dev notes of the writer")
    keys = (_NOISE, *_KEPT)
    print(f"  {'writer':16} " + " ".join(f"{k.split(' (')[0][:18]:>20}" for k in keys))
    size = {w: len(ns) for w, ns in writers.items()}
    for w in [*writers, "pooled"]:
        cells = []
        for k in keys:
            if w == "pooled":
                total = sum(size.values())
                a = sum(figures[OFF][v][k] * size[v] for v in writers) / total
                b = sum(figures[chosen][v][k] * size[v] for v in writers) / total
            else:
                a, b = figures[OFF][w][k], figures[chosen][w][k]
            cells.append(f"{a:.3f}->{b:.3f}")
        print(f"  {w:16} " + " ".join(f"{c:>20}" for c in cells))
    print("gain by threshold: " + ", ".join(f"{t}: {gain(t):+.3f}" for t in [OFF, *GRID]))
    print(f"threshold chosen: {chosen}")
    if args.check:
        return 0
    everything = [n for ns in writers.values() for n in ns]
    final = train(aside_rows(everything))
    kept = {f: round(w, 4) for f, w in sorted(final.items()) if abs(w) >= 0.005}
    OUT.write_text(
        json.dumps(
            {
                "about": (
                    "Weights of the debrief reader's aside judgement, trained by "
                    "benchmarks/train_debrief_asides.py on the dev notes of the readers corpus "
                    f"({len(everything)} notes by {len(writers)} writers; test never read). "
                    "Threshold chosen leaving one writer out."
                ),
                "thresholds": {"aside": chosen},
                "weights": {"aside": kept},
            },
            indent=1,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"\nwrote {OUT.relative_to(ROOT)} ({len(kept)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
