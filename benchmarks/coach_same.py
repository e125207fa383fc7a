"""A digest of what the coach says, to show that a speed-up changed no label, score or remark.

    python benchmarks/coach_same.py [--save FILE] [--against FILE]

Runs `analyse_answer` over every answer of every open writer's corpus (train and test alike: the
outputs are only compared, never scored), both answers of every pair, the old shared dev set,
the same answers with a follow-up appended and with a job advert, and the 300-word answers that
`coach_speed.py` times. Held-back writers (`"all_test": true`) are never opened. Prints one
SHA-256 per set over the `--json` output of each; equal digests before and after a change mean
equal results, byte for byte.

`--save FILE` writes the outputs themselves (one JSON line per answer) so that `--against FILE`
can name the train answers whose output changed; test answers that changed are only counted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import coach_corpus
import coach_speed

# A job advert for the set coached against a job: relevance and the job's core terms in play.
JOB = (
    "Customer success manager. You will own a book of 60 accounts, reduce churn and grow "
    "retention, run quarterly business reviews, and work with product and support. Experience "
    "with Salesforce and Gainsight is a plus; clear written communication is essential."
)
FOLLOW_UP = "And the result was that we kept all of them, which I was proud of."


def _items() -> Iterator[tuple[str, str, str, str, str | None, str | None]]:
    """(set, id, split, answer, question, job) for every answer coached."""
    for writer in coach_corpus.writers():
        for row in coach_corpus.answers(writer):
            text, _ = coach_corpus.gold_spans(row)
            ident = f"{writer}:{row['id']}"
            yield "answers", ident, row["split"], text, row.get("question"), None
            yield (
                "answers + follow-up",
                ident,
                row["split"],
                text + " " + FOLLOW_UP,
                (row.get("question")),
                None,
            )
            yield "answers with a job", ident, row["split"], text, row.get("question"), JOB
        for pair in coach_corpus.pairs(writer):
            for side in ("weak", "strong"):
                ident = f"{writer}:{pair['id']}:{side}"
                yield "pairs", ident, pair["split"], pair[side], pair.get("question"), None
    for index, (text, question) in enumerate(coach_speed.answers(120)):
        yield "speed answers", f"speed{index}", "generated", text, question, None


def outputs() -> Iterator[tuple[str, str, str, str]]:
    """(set, id, split, output as JSON) for every answer coached."""
    from secondround.core.coach import analyse_answer

    for name, ident, split, text, question, job in _items():
        found = analyse_answer(text, question=question, job=job).to_dict()
        yield name, ident, split, json.dumps(found, sort_keys=True, ensure_ascii=False)


def main(argv: list[str]) -> int:
    save = argv[argv.index("--save") + 1] if "--save" in argv else None
    against = argv[argv.index("--against") + 1] if "--against" in argv else None
    before: dict[tuple[str, str], str] = {}
    if against:
        with open(against, encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                before[row["set"], row["id"]] = row["output"]
    digests: dict[str, hashlib._Hash] = {}
    counts: dict[str, int] = {}
    changed: list[str] = []
    changed_test = 0
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(open(save, "w", encoding="utf-8")) if save else None
        for name, ident, split, found in outputs():
            digests.setdefault(name, hashlib.sha256()).update(found.encode("utf-8") + b"\n")
            counts[name] = counts.get(name, 0) + 1
            if out:
                out.write(json.dumps({"set": name, "id": ident, "output": found}) + "\n")
            if against and before.get((name, ident)) != found:
                if split == "test":
                    changed_test += 1
                else:
                    changed.append(f"{name}: {ident}")
    for name, digest in digests.items():
        print(f"{name:22} {counts[name]:5} answers  {digest.hexdigest()}")
    if against:
        print(f"changed: {len(changed)} train/generated, {changed_test} test")
        for line in changed[:40]:
            print("  " + line)
        return 1 if changed or changed_test else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
