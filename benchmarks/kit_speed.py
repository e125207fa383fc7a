"""Time the prep pack PDF: the core layout alone, and the whole path from a stored interview.

    python benchmarks/kit_speed.py [--runs 30]

1. Core: `build_pack` + `pack_pdf` for a full pack (six competencies, four people with four
   questions each, a salary line with its SVG band, five points of each list), and for an
   overfull one that has to be set smaller before it fits on one page (the slowest case).
2. Service: `services.kit.kit_pdf` for an interview stored in a throw-away SQLite database,
   with a 1,000-word job ad and round-one notes: reading the ad and the notes, the loose ends,
   then the PDF. This is what the download button and `secondround kit --pdf` pay.

Reports the first call (cold) apart from the median and 95th percentile of warm calls; for the
service, the one-off loading of the core's data (which `serve` does in the background) is timed
on its own first. Target: under 1 s. The pack's content is written for this benchmark. Pinned
to one core where possible.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secondround.core.kit import PrepPack

TARGET_S = 1.0
TODAY = date(2026, 12, 1)
SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="70" viewBox="0 0 320 70">'
    '<rect x="20" y="28" width="280" height="4" fill="#ccd"/>'
    '<rect x="80" y="20" width="150" height="20" fill="#8ab"/>'
    '<line x1="150" y1="12" x2="150" y2="48" stroke="#123" stroke-width="2"/>'
    '<circle cx="200" cy="30" r="4" fill="#c62"/><text x="20" y="64" font-size="10">p10</text>'
    "</svg>"
)
AD = (
    "You will lead a team of {n} analysts and coach them through weekly one-to-ones. The role "
    "juggles competing deadlines across regional depots. Strong stakeholder management is "
    "essential: you will persuade senior leaders to change. You will resolve conflicts between "
    "planning and sales and keep customers informed. Experience with SQL and Excel is essential. "
)
NOTES = (
    "1st round w/ Priya Shah (hiring mgr)\n- she asked whether I had managed a budget before\n"
    "- promised to send my portfolio by Friday\n- team of 6, 3 days in office\n"
    "- talked about the migration to the new routing tool\n"
)


def full_pack(overfull: bool) -> PrepPack:
    from secondround.core.kit import KitPerson, build_pack

    words = 10 if overfull else 1
    return build_pack(
        company="Northwind Logistics",
        role="Senior operations analyst",
        round=2,
        when="Thursday 10 December 2026, 14:30 to 15:30 (Europe/London)",
        format="On site",
        place="1 King Street, Leeds LS1 2HL, third floor reception",
        people=[KitPerson(f"Person {n}", "Line manager", "Head of operations") for n in range(4)],
        route="40 minutes by train: Leeds station, then a ten-minute walk up Park Row.",
        competencies=[
            (f"Competency {n}", "lead a team of six and juggle competing deadlines " * words)
            for n in range(6)
        ],
        questions=[
            (
                f"Person {p} (line manager)",
                [
                    f"What would success look like in the first six months, part {n}? " * words
                    for n in range(4)
                ],
            )
            for p in range(4)
        ],
        salary=("Open at £52,000; target £50,000; walk away below £45,000 (UK, 2023).", SVG),
        debrief_points=["She asked whether I had managed a budget before " * words] * 5,
        promises=["Send the portfolio by Friday " * words] * 5,
        open_loose_ends=["Can you give references?"] * 5,
    )


def timed(call: Callable[[], bytes], runs: int) -> tuple[float, float, float, int]:
    started = time.perf_counter()
    size = len(call())
    cold = time.perf_counter() - started
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    times.sort()
    return cold, statistics.median(times), times[min(len(times) - 1, int(0.95 * runs))], size


def report(name: str, result: tuple[float, float, float, int]) -> bool:
    cold, median, p95, size = result
    print(
        f"{name}: first {cold * 1000:.0f} ms; warm median {median * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms; {size / 1024:.0f} KiB (target < {TARGET_S:.0f} s)"
    )
    return cold < TARGET_S and p95 < TARGET_S


def stored_interview() -> Callable[[], bytes]:
    os.environ["SECONDROUND_HOME"] = tempfile.mkdtemp(prefix="secondround-kit-bench-")
    os.environ.pop("SECONDROUND_DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "secondround.web.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from datetime import timedelta

    from django.utils import timezone

    from secondround.dayof.models import DayOf
    from secondround.interviews.models import Interview, Person
    from secondround.services.kit import kit_pdf
    from secondround.services.users import local_user

    ad = " ".join(AD.format(n=n) for n in range(2, 20))
    interview = Interview.objects.create(
        owner=local_user(),
        company="Northwind Logistics",
        role="Operations analyst",
        starts_at=timezone.now() + timedelta(days=6),
        timezone="Europe/London",
        place="1 King Street, Leeds",
        job_description=ad,
        notes=NOTES,
    )
    for name, role in (("Priya Shah", "line_manager"), ("Tom Lee", "hr")):
        Person.objects.create(interview=interview, name=name, role=role)
    DayOf.objects.create(interview=interview, commute_minutes=40, commute_mode="by train")
    print(f"stored interview: job ad {len(ad.split())} words, notes {len(NOTES.split())} words")
    return lambda: kit_pdf(Interview.objects.get(pk=interview.pk), TODAY)


def main() -> int:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 30
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from secondround.core.kit import pack_pdf

    ok = report("core, full pack", timed(lambda: pack_pdf(full_pack(False), TODAY), runs))
    ok &= report(
        "core, overfull pack (set smaller)", timed(lambda: pack_pdf(full_pack(True), TODAY), runs)
    )
    build = stored_interview()
    from secondround.services.warmup import warm_up

    started = time.perf_counter()
    warm_up()
    print(
        f"loading the core's data once per process (serve does it in the background at start; "
        f"`secondround kit` pays it): {(time.perf_counter() - started) * 1000:.0f} ms"
    )
    ok &= report("service, from a stored interview", timed(build, runs))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
