"""Peak memory of `secondround export` on a large workspace: the whole file built in memory (how
export worked before) against the streamed export.

    python benchmarks/export_memory.py [--interviews 100] [--answers 2000]

The workspace is made through the import format, as a user's own backup would bring it: N
interviews with a 700-word job description and notes, and dry runs of five questions whose
answers carry the coach's real feedback (each answer coached once here). It is imported into a
throw-away data folder with `secondround import`; then each way of exporting runs in a fresh
process, which reports its own peak resident memory (ru_maxrss) and the memory it had before the
export began, so the difference is what the export itself needs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

SCRIPT = Path(sys.executable).parent / "secondround"
QUESTIONS_PER_RUN = 5
ANSWERS = (
    "At our depot last spring two of our biggest customers complained that deliveries arrived "
    "late. I was asked to find the cause within a month. I pulled six weeks of route data into "
    "Excel and found that {n}% of late drops came from one loading bay. I agreed an earlier "
    "shift with the bay supervisor and rewrote the loading order. Within three weeks late "
    "deliveries fell from 18% to 4%, and both customers renewed their contracts.",
    "When our team of {n} planners disagreed about the new rota, I met each of them, wrote down "
    "what they needed and proposed a swap system. I think it sort of worked; overtime went down "
    "and nobody left that quarter.",
    "I would first talk to the people involved, then look at the numbers for the last {n} weeks, "
    "agree a plan with my manager and check after a month whether it worked.",
)
JOB = (
    "You will lead a team of planners, juggle competing deadlines across regional depots and "
    "resolve conflicts between planning and sales. Experience with SQL and Excel is essential. "
) * 25
NOTES = "- she asked whether I had managed a budget\n- promised to send my portfolio by friday\n"

# Runs in a fresh process: set Django up, note the memory, export one way, report the peak.
MEASURE = """
import io, json, os, resource, sys
from secondround.cli.django_setup import setup_django
setup_django()
from secondround.services.exchange import dumps, export_data, write_export
from secondround.services.users import local_user
user = local_user()
list(user.interviews.all()[:1])  # the database and the models warmed
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
with open(sys.argv[2], "w", encoding="utf-8") as out:
    if sys.argv[1] == "whole":
        out.write(dumps(export_data(user)))
    else:
        write_export(user, out)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"before_mb": before / 1024, "peak_mb": peak / 1024}))
"""


def workspace(interviews: int, answers: int) -> dict[str, Any]:
    from secondround.core.coach import analyse_answer
    from secondround.core.questions import load_bank

    bank = [q.to_dict() for q in load_bank()]
    coached = [
        analyse_answer(text.format(n=n), question=bank[n]["text"]).to_dict()
        for n, text in enumerate(ANSWERS)
    ]
    start = datetime(2030, 1, 1, 9, tzinfo=UTC)
    records = [
        {
            "uuid": str(uuid.uuid4()),
            "company": f"Company {n}",
            "role": "Operations team leader",
            "round": 2,
            "starts_at": (start + timedelta(days=n)).isoformat(),
            "timezone": "Europe/London",
            "format": "video",
            "job_description": JOB,
            "notes": NOTES,
            "people": [{"uuid": str(uuid.uuid4()), "name": f"Person {n}", "role": "line_manager"}],
        }
        for n in range(interviews)
    ]
    sessions = []
    for run in range(-(-answers // QUESTIONS_PER_RUN)):
        plan = [bank[(run * QUESTIONS_PER_RUN + k) % len(bank)] for k in range(QUESTIONS_PER_RUN)]
        given = min(QUESTIONS_PER_RUN, answers - run * QUESTIONS_PER_RUN)
        sessions.append(
            {
                "uuid": str(uuid.uuid4()),
                "interview": records[run % interviews]["uuid"],
                "length": QUESTIONS_PER_RUN,
                "plan": plan,
                "status": "finished" if given == QUESTIONS_PER_RUN else "in_progress",
                "created_at": (start - timedelta(hours=run)).isoformat(),
                "answers": [
                    {
                        "uuid": str(uuid.uuid4()),
                        "position": k,
                        "prompt": plan[k]["text"],
                        "text": ANSWERS[k % len(ANSWERS)].format(n=k),
                        "duration_s": 90.0,
                        "feedback": coached[k % len(coached)],
                        "overall": coached[k % len(coached)]["scores"]["overall"],
                        "created_at": (start - timedelta(hours=run)).isoformat(),
                    }
                    for k in range(given)
                ],
            }
        )
    return {
        "format": "secondround-export",
        "version": 1,
        "interviews": records,
        "practice_sessions": sessions,
    }


def measure(way: str, env: dict[str, str], target: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, way, str(target)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    result["file_mb"] = target.stat().st_size / 1_048_576
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interviews", type=int, default=100)
    parser.add_argument("--answers", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="secondround-export-") as tmp:
        folder = Path(tmp)
        env = {**os.environ, "SECONDROUND_HOME": str(folder / "home")}
        env.pop("SECONDROUND_DATABASE_URL", None)  # never the user's own database
        env.pop("DJANGO_SETTINGS_MODULE", None)
        source = folder / "workspace.json"
        source.write_text(json.dumps(workspace(args.interviews, args.answers)), encoding="utf-8")
        subprocess.run([str(SCRIPT), "import", str(source)], env=env, check=True)
        print(
            f"workspace: {args.interviews} interviews, {args.answers} answers "
            f"({source.stat().st_size / 1_048_576:.1f} MB as imported)"
        )
        results = {way: measure(way, env, folder / f"{way}.json") for way in ("whole", "stream")}
        same = (folder / "whole.json").read_text().split("\n", 5)[5] == (
            folder / "stream.json"
        ).read_text().split("\n", 5)[5]
        for way, label in (("whole", "whole file in memory (before)"), ("stream", "streamed")):
            r = results[way]
            print(
                f"{label:31} peak {r['peak_mb']:6.1f} MB, of which the export "
                f"{r['peak_mb'] - r['before_mb']:6.1f} MB; file {r['file_mb']:.1f} MB"
            )
        print(f"same file apart from the export time: {'yes' if same else 'NO'}")
        return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
