"""Time a whole plan: a 1,000-word job ad and 2,000 words of notes read, then questions chosen.

    python benchmarks/plan_speed.py [--runs 50]

The ad and the notes are built here from sentences written for this benchmark, repeated with
varied numbers until they reach their length. Reports the first call (cold: the question bank,
vocabularies and patterns loaded) apart from the median and 95th percentile of warm calls, which
is what a page or a dry run pays. Target: under 200 ms. Pinned to one core where the OS allows.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

from secondround.core.debrief import read_debrief
from secondround.core.jobs import analyse_job
from secondround.core.questions.plan import Concern, Interviewer, Need, plan_questions

TARGET_MS = 200.0
AD_SENTENCES = (
    "You will lead a team of {n} analysts and coach them through weekly one-to-ones.",
    "The role juggles competing deadlines across {n} regional depots in a fast-paced setting.",
    "Strong stakeholder management is essential: you will persuade senior leaders to change.",
    "You will resolve conflicts between planning and sales and keep customers informed.",
    "Experience with SQL, Excel and Power BI is essential; Python is a plus.",
    "You take the initiative to improve processes without waiting to be asked.",
    "You organise your week around {n} recurring reports and keep meticulous records.",
    "Integrity matters: you will handle confidential pricing for {n} key accounts.",
    "We value people who learn from mistakes and adapt quickly when priorities shift.",
    "You will make decisions with incomplete data and explain them clearly in writing.",
)
NOTE_LINES = (
    "- Priya (hiring mgr) asked whether I had managed a budget over {n}k",
    "- seemed unsure about my stakeholder experience w/ senior execs",
    "- promised to send my portfolio + references by friday",
    "- team of {n}, reports to Head of Ops, 3 days in office",
    "- talked about the migration to the new routing tool, they use Jira",
    "- next round: case study presentation w/ the VP and Tom from HR",
    "- she said on-call one week in {n}, bonus up to 10%",
    "- discussed the reorg and why the last person left after a year",
)


def build(lines: tuple[str, ...], words: int, joiner: str) -> str:
    out: list[str] = []
    count = 0
    n = 2
    while count < words:
        line = lines[len(out) % len(lines)].format(n=n)
        out.append(line)
        count += len(line.split())
        n += 1
    return joiner.join(out)


def plan_once(ad: str, notes: str) -> int:
    job = analyse_job(ad, title="Operations analyst")
    debrief = read_debrief(notes)
    needs = [Need(c.name, c.weight, c.evidence) for c in job.competencies]
    concerns = [Concern(c.text, c.competency) for c in debrief.concerns]
    people = [Interviewer("Priya", "line_manager"), Interviewer("Tom", "hr")]
    return len(plan_questions(needs, people, concerns, had_earlier_round=True).questions)


def main() -> int:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 50
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    ad = build(AD_SENTENCES, 1000, " ")
    notes = build(NOTE_LINES, 2000, "\n")
    started = time.perf_counter()
    planned = plan_once(ad, notes)
    cold_ms = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        plan_once(ad, notes)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    median = statistics.median(times)
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    print(
        f"job ad: {len(ad.split())} words; notes: {len(notes.split())} words; {planned} questions"
    )
    print(f"first call (cold): {cold_ms:.1f} ms")
    print(
        f"warm: median {median:.1f} ms, p95 {p95:.1f} ms over {runs} runs "
        f"(target < {TARGET_MS:.0f} ms)"
    )
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
