"""Time the answer coach on 300-word answers, pinned to one CPU core.

    python benchmarks/coach_speed.py [--runs 200] [--cpu]

With --cpu the warm calls are timed in CPU time of this process (time.process_time) instead of
wall-clock time: on a machine shared with other work the wall clock counts the time spent waiting
for a core, CPU time much less so. Answers are built from the shared calibration set when
present (whole sentences until 300 words), otherwise from a short generated story. Reports
the first call (cold: data files loaded and patterns compiled) separately from the median and
95th percentile of the warm calls.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "coach-dev"
TARGET_MS = 20.0
WORDS = 300


def answers(count: int) -> list[tuple[str, str | None]]:
    """`count` answers of about 300 words each, with their questions when known."""
    sentences: list[tuple[str, str | None]] = []
    source = DATA / "star_answers.jsonl"
    if source.is_file():
        for line in source.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            sentences.extend((s["text"], row["question"]) for s in row["sentences"])
    else:
        story = (
            "Last spring I was a team lead at a small logistics firm. My job was to cut late "
            "deliveries. I mapped every route in Excel and met the four drivers each Monday. "
            "We changed two routes and I rebuilt the rota. As a result late deliveries fell "
            "from 12% to 3% in eight weeks, and I learned to measure before I act."
        )
        sentences = [(s.strip() + ".", None) for s in story.split(".") if s.strip()]
    out: list[tuple[str, str | None]] = []
    i = 0
    while len(out) < count:
        parts: list[str] = []
        question = sentences[i % len(sentences)][1]
        while sum(len(p.split()) for p in parts) < WORDS:
            parts.append(sentences[i % len(sentences)][0])
            i += 1
        out.append((" ".join(parts), question))
    return out


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 200
    clock = time.process_time if "--cpu" in argv else time.perf_counter
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    started = time.perf_counter()
    from secondround.core.coach import analyse_answer

    batch = answers(runs)
    first = time.perf_counter()
    analyse_answer(batch[0][0], question=batch[0][1])
    cold_ms = (time.perf_counter() - first) * 1000
    import_ms = (first - started) * 1000
    times = []
    for text, question in batch:
        t0 = clock()
        analyse_answer(text, question=question)
        times.append((clock() - t0) * 1000)
    times.sort()
    median = statistics.median(times)
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    words = statistics.mean(len(t.split()) for t, _ in batch)
    kind = "CPU time" if "--cpu" in argv else "wall clock"
    print(f"Answer coach speed, {len(times)} answers of about {words:.0f} words, one core ({kind})")
    print(f"  import               {import_ms:8.1f} ms")
    print(f"  first call (cold)    {cold_ms:8.1f} ms")
    print(f"  median (warm)        {median:8.2f} ms   (target < {TARGET_MS:.0f} ms)")
    print(f"  p95 (warm)           {p95:8.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
