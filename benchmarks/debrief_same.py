"""A digest of what the readers find, to show that a speed-up changed no result.

    python benchmarks/debrief_same.py [--save FILE] [--against FILE]

Runs `read_debrief` over every note of the readers corpus (dev and test alike: the outputs are
only compared, never scored) and over generated notes of the kinds `read_speed.py` times (its
2,000-word notes and its notes naming a new person per line), and `analyse_job` over the corpus's
adverts, since the two readers share core/text. Items numbered 500-999 are held back and never
opened. Prints one SHA-256 per set of texts over the `--json` output of each; equal digests
before and after a change mean equal results, byte for byte.

`--save FILE` writes the outputs themselves (one JSON line per text) so that `--against FILE`
can name the dev items whose output changed; test items that changed are only counted.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import read_speed

DATA = Path(__file__).resolve().parent / "data" / "readers"
GENERATED_NOTES = 60


def _number(ident: str) -> int:
    return int(re.sub(r"\D", "", ident) or 0)


def _corpus(glob: str) -> Iterator[tuple[str, str, str]]:
    """(id, split, text) of each item of the corpus files matching `glob`, held-back files and
    items left unopened."""
    for path in sorted(DATA.glob(glob)):
        if path.stem in ("ads-5", "ads-6", "notes-5", "notes-6"):
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                item = json.loads(line)
                if 500 <= _number(item["id"]) <= 999:
                    continue
                yield item["id"], item.get("split", "dev"), item["text"]


def _generated() -> Iterator[tuple[str, str, str]]:
    rng = random.Random(2026)
    for index in range(GENERATED_NOTES):
        yield f"speed{index}", "generated", read_speed.notes(rng)
    for words in (2000, 10000):
        yield f"people{words}", "generated", read_speed.people_notes(words)


def outputs() -> Iterator[tuple[str, str, str, str]]:
    """(set, id, split, output as JSON) for every text read."""
    from secondround.core.debrief import read_debrief
    from secondround.core.jobs import analyse_job

    sets: tuple[tuple[str, Iterator[tuple[str, str, str]], Callable[[str], Any]], ...] = (
        ("notes", _corpus("notes*.jsonl"), read_debrief),
        ("generated notes", _generated(), read_debrief),
        ("adverts", _corpus("ads*.jsonl"), analyse_job),
    )
    for name, items, read in sets:
        for ident, split, text in items:
            found = json.dumps(read(text).to_dict(), sort_keys=True, ensure_ascii=False)
            yield name, ident, split, found


def main(argv: list[str]) -> int:
    save = argv[argv.index("--save") + 1] if "--save" in argv else None
    against = argv[argv.index("--against") + 1] if "--against" in argv else None
    digests: dict[str, Any] = {}
    counts: dict[str, int] = {}
    rows = []
    for name, ident, split, found in outputs():
        digests.setdefault(name, hashlib.sha256()).update(f"{ident}\t{found}\n".encode())
        counts[name] = counts.get(name, 0) + 1
        rows.append({"set": name, "id": ident, "split": split, "output": found})
    for name, digest in digests.items():
        print(f"{name:16} {counts[name]:5} texts  {digest.hexdigest()}")
    if save:
        Path(save).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    if against:
        before = {
            (r["set"], r["id"]): r["output"]
            for r in map(json.loads, Path(against).read_text(encoding="utf-8").splitlines())
        }
        changed = [r for r in rows if before.get((r["set"], r["id"])) != r["output"]]
        hidden = [r for r in changed if r["split"] == "test"]
        for row in changed:
            if row["split"] != "test":
                print(f"changed: {row['set']} {row['id']}")
        print(f"{len(changed)} outputs changed ({len(hidden)} of them test items, not shown)")
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
