"""Promises found and precision per trainable notes writer, with each promise mechanism on and off.

    python benchmarks/promise_ablation.py [--show FILE]

The promise reader is rules, not a trained model, so there is nothing to train leaving one writer
out; what can be checked is that each mechanism is general: that it helps writers other than the
one whose notes suggested it, and hurts none. For every trainable writer's dev notes (one file
each, FILES below; the `test` split, the items numbered 500-999 and the held-back files are never
read) this prints promises found (recall) and precision with everything on, then with one
mechanism switched off at a time:

- sections: the notes' own headings (`headings.line_sections`: "OWE", "To do", "Next (mine)")
- commits: a promise in words no cue names (`commitments.commits`: "I say I bring")
- speech act: answers in a scenario, their question, theirs, their view, unsure (`not_own`)
- series: a list of three handed over with no determiners ("send A, B, and C")
- shared head: "my ACLS + PALS cards" as one thing
- run-ons: promises inside a long clause (`run_on_promises`)
- trailing: the to-do after the next step ("trial mon, bring my tools": `trailing_todo`)

Matching is read_eval.py's (evidence spans overlapping, one to one). `--show FILE` lists that
dev file's misses and extra promises, with everything on (dev items of trainable writers only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from pathlib import Path
from typing import Any
from unittest.mock import patch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from read_eval import DATA, held_back, overlaps, pair, span_of  # noqa: E402
from train_debrief_concerns import NOTE_FILES  # noqa: E402

from secondround.core.debrief import promises, read, read_debrief  # noqa: E402

# The trainable writers, one file each: the concern trainer's list (never a held-back file).
FILES = NOTE_FILES
Notes = list[dict[str, Any]]


def _off(target: Any, name: str, value: Callable[..., Any]) -> AbstractContextManager[Any]:
    return patch.object(target, name, value)


MECHANISMS: dict[str, Callable[[], list[AbstractContextManager[Any]]]] = {
    "sections": lambda: [_off(read, "line_sections", lambda notes: [])],
    "commits": lambda: [_off(read, "commits", lambda text: False)],
    "speech act": lambda: [_off(read, "not_own", lambda text, before="": None)],
    "series": lambda: [_off(promises, "_series", lambda folded: False)],
    "shared head": lambda: [_off(promises, "_one_kind", lambda left, right: False)],
    "run-ons": lambda: [_off(read, "run_on_promises", lambda text: [])],
    "trailing": lambda: [_off(read, "trailing_todo", lambda text: None)],
}


@contextmanager
def switched_off(name: str | None) -> Iterator[None]:
    with ExitStack() as stack:
        for manager in MECHANISMS[name]() if name else []:
            stack.enter_context(manager)
        yield


def dev_notes(name: str) -> Notes:
    with (DATA / name).open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [n for n in rows if n["split"] == "dev" and not held_back(n)]


def score(notes: Notes, show: bool = False) -> Counter[str]:
    """gold, found and matched promises over the notes; with `show`, each miss and extra."""
    out = Counter[str]()
    for note in notes:
        text = note["text"]
        found = read_debrief(text).to_dict()["promises"]
        gold = [span_of(text, g["evidence"]) for g in note["promises"]]
        spans = [(int(f["start"]), int(f["end"])) for f in found]
        matched = pair(gold, spans, overlaps)
        out.update(gold=len(gold), found=len(spans), tp=len(matched))
        if show:
            hit, fhit = {g for g, _ in matched}, {f for _, f in matched}
            for i, g in enumerate(note["promises"]):
                if i not in hit:
                    print(f"{note['id']} missed: {g['evidence']!r}")
            for i, f in enumerate(found):
                if i not in fhit:
                    print(f"{note['id']} extra: {f['evidence']!r} -> {f['text']!r}")
    return out


def cell(c: Counter[str]) -> str:
    recall = c["tp"] / c["gold"] if c["gold"] else 0.0
    precision = c["tp"] / c["found"] if c["found"] else 0.0
    return f"{recall:.3f} / {precision:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", metavar="FILE", help="list one trainable file's dev misses")
    args = parser.parse_args(argv)
    if args.show:
        if args.show not in FILES:
            print(f"{args.show} is not a trainable writer's file: {', '.join(FILES)}")
            return 2
        print(cell(score(dev_notes(args.show), show=True)))
        return 0
    by_writer = {name: dev_notes(name) for name in FILES if (DATA / name).exists()}
    rows: dict[str, dict[str, Counter[str]]] = {}
    for mechanism in [None, *MECHANISMS]:
        label = "all on" if mechanism is None else f"{mechanism} off"
        with switched_off(mechanism):
            rows[label] = {name: score(notes) for name, notes in by_writer.items()}
        rows[label]["pooled"] = sum(rows[label].values(), Counter())
    print("promises found / precision (dev), per writer; each row switches one mechanism off")
    print(f"{'':18}" + "".join(f"{name:>17}" for name in [*by_writer, "pooled"]))
    for label, cells in rows.items():
        print(f"{label:18}" + "".join(f"{cell(c):>17}" for c in cells.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
