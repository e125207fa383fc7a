"""Time the job reader on ~1,000-word adverts and the debrief reader on ~2,000 words of notes.

    python benchmarks/read_speed.py [--runs 100] [--cpu] [--scaling] [--profile [jobs|debrief]]
        [--memory]

Adverts and notes are put together from templates written here (no real adverts or notes), with a
seeded random choice of lines so each run reads different text. Pinned to one CPU core. Reports
the first call (cold: data files loaded, patterns compiled) apart from the warm median and p95.
Matching a title to an O*NET occupation is cached per title, so it is also timed uncached.
`--cpu` times the warm reads in process (CPU) time, which a machine loaded by other work
disturbs less than the wall clock.

`--scaling` times instead the two readers on unusual input as it grows: an advert naming a
different tool in every line (O*NET's product names, from the package's own data) and notes
naming a different person in every line, each at 2,000, 10,000 and 20,000 words. Time should grow
in step with the words (about 5x for 5x the words), not with their square.

`--profile` reads the same texts warm under cProfile and prints the functions that took the most
time, cumulative and own (`--profile jobs` for the job reader; the debrief reader by default).
`--memory` gives the tracemalloc peak of reading one 20,000-word note (a new person per line) and
one of the 2,000-word notes, each read once warm.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time

TARGET_MS = 100.0
AD_WORDS = 1000
NOTES_WORDS = 2000

TITLES = [
    "Store Manager", "Senior Software Engineer", "Staff Nurse", "Management Accountant",
    "Customer Service Advisor", "Data Analyst", "Warehouse Team Leader", "Marketing Executive",
    "Payroll Administrator", "Product Designer", "Sous Chef", "Project Manager",
]  # fmt: skip
PLACES = ["London", "Leeds", "Bristol", "Remote", "Manchester (hybrid)", "Glasgow"]
AD_LINES = [
    "You will lead a team of {n} and coach them to hit weekly targets.",
    "Work closely with colleagues across finance, operations and sales.",
    "Excellent written and verbal communication skills are essential.",
    "Able to prioritise competing deadlines in a fast-paced environment.",
    "Experience with Excel, SQL and Power BI is desirable.",
    "Handle customer complaints calmly and resolve issues first time.",
    "Keep accurate records and show strong attention to detail.",
    "Use your initiative to improve our processes and tools.",
    "Build relationships with stakeholders and influence senior leaders.",
    "Stay calm under pressure during peak periods such as Christmas.",
    "Make sound decisions with incomplete information.",
    "Maintain confidentiality and act with integrity at all times.",
    "Adapt quickly to changing priorities as the business grows.",
    "Own the monthly reporting pack and present it to the board.",
    "Support the rollout of our new ERP system across {n} sites.",
    "Mentor junior colleagues and run regular one-to-ones.",
    "Manage the budget of around £{n}00k and report on variances.",
    "Troubleshoot problems, find the root cause and fix it for good.",
    "We offer flexible working, a pension and {n} days of holiday.",
    "You'll join a friendly team that values learning from mistakes.",
]
HEADERS = ["About the role", "What you'll do:", "What you'll need:", "Desirable:", "What we offer"]
NOTE_LINES = [
    "- {name} (hiring mgr) asked whether I had managed a budget before",
    "- seemed worried abt my lack of {skill} exp",
    "- pushed on why I left my last job after a year",
    "- promised to send my portfolio by Friday",
    "- TODO: email {name} the case study",
    "- we talked about the migration to AWS",
    "- team of {n}, reports to Head of Ops",
    "- they use Jira + Confluence, 2 week sprints",
    "- 3 days in office, rest wfh",
    "- salary band {n}0-{n}5k + bonus",
    "- culture quite flat, lots of autonomy",
    "- on-call one week in six -> paid extra",
    "- Q: tell me about a time you disagreed w/ a colleague",
    "- {name} from HR will send the offer details",
    "- met the CTO, {name}, briefly",
    "- not sure I've enough people management",
    "- roadmap for next year",
    "- next round: case study presentation with the VP",
]
NAMES = ["Priya", "Raj", "Ana", "Tom", "Sarah Lloyd", "Kemi", "Luis", "Grace Obi"]
SKILLS = ["kafka", "B2B", "SQL", "retail", "stakeholder"]


def fill(line: str, rng: random.Random) -> str:
    return line.format(n=rng.randint(2, 9), name=rng.choice(NAMES), skill=rng.choice(SKILLS))


def advert(rng: random.Random) -> tuple[str, str]:
    title = f"{rng.choice(['Senior ', 'Junior ', ''])}{rng.choice(TITLES)}"
    lines = [f"{title} - {rng.choice(PLACES)}", ""]
    while sum(len(line.split()) for line in lines) < AD_WORDS:
        if rng.random() < 0.12:
            lines.extend(["", rng.choice(HEADERS)])
        lines.append(f"- {fill(rng.choice(AD_LINES), rng)}")
    return "\n".join(lines), title


def notes(rng: random.Random) -> str:
    lines = [f"Round 1 notes, {rng.choice(TITLES)}", ""]
    while sum(len(line.split()) for line in lines) < NOTES_WORDS:
        if rng.random() < 0.08:
            lines.extend(["", rng.choice(["Concerns:", "Next steps:", "Learnt:", "todo"])])
        lines.append(fill(rng.choice(NOTE_LINES), rng))
    return "\n".join(lines)


def report(label: str, words: float, times: list[float]) -> None:
    times.sort()
    median = statistics.median(times)
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    print(f"{label}, {len(times)} texts of about {words:.0f} words, one core")
    print(f"  median (warm)        {median:8.2f} ms   (target < {TARGET_MS:.0f} ms)")
    print(f"  p95 (warm)           {p95:8.2f} ms")


FIRST_NAMES = ["Priya", "Raj", "Ana", "Tom", "Sarah", "Kemi", "Luis", "Grace", "Omar", "Mei"]
FAMILY_NAMES = ["Lloyd", "Obi", "Costa", "Shah", "Reed", "Novak", "Okafor", "Lind", "Baker"]
SCALING_WORDS = (2000, 10000, 20000)


def tool_advert(words: int) -> str:
    """An advert whose every line names a different product from the package's O*NET list."""
    from secondround.core.text.products import products

    exact, folded, _ = products()
    names = sorted(exact | folded)
    lines = ["Tools we use", ""]
    count = 0
    for index, name in enumerate(names):
        line = f"- Hands-on experience with {name} and its reporting is a plus (site {index})"
        lines.append(line)
        count += len(line.split())
        if count >= words:
            break
    return "\n".join(lines)


def people_notes(words: int) -> str:
    """Notes whose every line names someone new, with a role beside the name."""
    lines: list[str] = []
    count = 0
    index = 0
    while count < words:
        first = FIRST_NAMES[index % len(FIRST_NAMES)]
        family = FAMILY_NAMES[(index // len(FIRST_NAMES)) % len(FAMILY_NAMES)]
        # A made-up family name per line ("Lloydab"): names hold no digits.
        suffix = "".join(chr(97 + int(d)) for d in str(index))
        line = f"- met {first} {family}{suffix} (hiring mgr), asked about budgets in region {index}"
        lines.append(line)
        count += len(line.split())
        index += 1
    return "\n".join(lines)


def scaling() -> int:
    from secondround.core.debrief import read_debrief
    from secondround.core.jobs import analyse_job

    analyse_job("Warm-up: Excel and SQL.")
    read_debrief("- met Priya (hiring mgr)")
    for label, build, read in (
        ("Job reader, a new tool per line", tool_advert, lambda t: analyse_job(t)),
        ("Debrief reader, a new person per line", people_notes, read_debrief),
    ):
        print(label)
        previous = None
        for words in SCALING_WORDS:
            text = build(words)
            started = time.perf_counter()
            read(text)
            took = (time.perf_counter() - started) * 1000
            growth = (
                f"  {took / previous[1]:5.1f}x the time for {words / previous[0]:.0f}x"
                if previous
                else ""
            )
            print(f"  {words:6,} words {len(text):8,} chars {took:9.1f} ms{growth}")
            previous = (words, took)
    return 0


PROFILE_TOP = 25


def profile(reader: str, ads: list[tuple[str, str]], texts: list[str]) -> int:
    """The top functions by cumulative and by own time over the texts, read warm."""
    import cProfile
    import pstats

    from secondround.core.debrief import read_debrief
    from secondround.core.jobs import analyse_job

    def read_all() -> None:
        if reader == "jobs":
            for text, title in ads:
                analyse_job(text, title=title)
        else:
            for text in texts:
                read_debrief(text)

    analyse_job(*ads[0])
    read_debrief(texts[0])
    profiler = cProfile.Profile()
    profiler.runcall(read_all)
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs().sort_stats("cumulative").print_stats(PROFILE_TOP)
    stats.sort_stats("tottime").print_stats(PROFILE_TOP)
    return 0


def memory(texts: list[str]) -> int:
    """The tracemalloc peak of reading one long note and one ordinary one, warm."""
    import tracemalloc

    from secondround.core.debrief import read_debrief

    read_debrief(texts[0])
    for label, text in (
        ("20,000-word note, a new person per line", people_notes(20000)),
        ("2,000-word note", texts[1]),
    ):
        tracemalloc.start()
        read_debrief(text)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"{label}: tracemalloc peak {peak / 2**20:.1f} MiB")
    return 0


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 100
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    if "--scaling" in argv:
        return scaling()
    rng = random.Random(2026)
    ads = [advert(rng) for _ in range(runs)]
    texts = [notes(rng) for _ in range(runs)]
    if "--profile" in argv:
        after = argv[argv.index("--profile") + 1 :]
        return profile("jobs" if after[:1] == ["jobs"] else "debrief", ads, texts)
    if "--memory" in argv:
        return memory(texts)

    from secondround.core.debrief import read_debrief
    from secondround.core.jobs import analyse_job
    from secondround.core.jobs.occupations import _match, match_occupation

    clock = time.process_time if "--cpu" in argv else time.perf_counter
    first = time.perf_counter()
    analyse_job(*ads[0])
    print(f"Job reader first call (cold): {(time.perf_counter() - first) * 1000:.1f} ms")
    times = []
    for text, title in ads:
        t0 = clock()
        analyse_job(text, title=title)
        times.append((clock() - t0) * 1000)
    words = statistics.mean(len(t.split()) for t, _ in ads)
    report("Job reader (analyse_job)", words, times)

    uncached = []
    for _, title in ads[:30]:
        _match.cache_clear()
        t0 = time.perf_counter()
        match_occupation(title)
        uncached.append((time.perf_counter() - t0) * 1000)
    print(f"  title match uncached {statistics.median(uncached):8.2f} ms (median, in the above)")
    fuzzy = []
    for title in ["Snr Backend Dev", "Registered Nurse ICU nights", "Book-keeper", "Head of Vibes"]:
        _match.cache_clear()
        t0 = time.perf_counter()
        match_occupation(title)
        fuzzy.append((time.perf_counter() - t0) * 1000)
    print(f"  title match, fuzzy   {statistics.median(fuzzy):8.2f} ms (median, uncached)")

    first = time.perf_counter()
    read_debrief(texts[0])
    print(f"Debrief reader first call (cold): {(time.perf_counter() - first) * 1000:.1f} ms")
    times = []
    for text in texts:
        t0 = clock()
        read_debrief(text)
        times.append((clock() - t0) * 1000)
    words = statistics.mean(len(t.split()) for t in texts)
    report("Debrief reader (read_debrief)", words, times)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
