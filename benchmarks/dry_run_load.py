"""50 simulated candidates doing a dry run at once against a real `secondround serve`.

Each user opens the serve link (its own session cookie), starts a 3-question dry run, answers
every question (and any follow-up probe) and opens the report. Every request is timed.
Bar (DESIGN.md): p95 under 300 ms, no errors, on a 2-core machine.

Users pause between requests (`--think`, 2 s on average by default, drawn from 0.5x-1.5x): a real
candidate reads the feedback and types for a minute or more, so this is still far busier than
real use. `--think 0` fires every request back to back, a pure stress test. One untimed user runs
first, as the server of a real user has been up for a while.

Run: .venv/bin/python benchmarks/dry_run_load.py [--users 50] [--think 2] [--threads 8]
The server uses SQLite in a throw-away data folder; one interview is made with the CLI first.
"""

from __future__ import annotations

import argparse
import copy
import http.cookiejar
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

SCRIPT = Path(sys.executable).parent / "secondround"
TARGET_P95_MS = 300.0
ANSWER = (
    "Last spring two of our biggest customers complained that deliveries were late. I was asked "
    "to find the cause within a month. I pulled six weeks of route data into Excel and found that "
    "70% of late drops came from one loading bay. I agreed an earlier shift with the supervisor "
    "and changed the loading order. Within three weeks late deliveries fell from 18% to 4%."
)
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
STEP = re.compile(r'name="position" value="(\d+)"')


class User:
    def __init__(
        self,
        base: str,
        link: str | None,
        timings: list[float],
        errors: list[str],
        think: float = 0.0,
        signed_in: http.cookiejar.CookieJar | None = None,
    ) -> None:
        self.think = think
        self.random = random.Random(id(self))
        self.base = base
        self.link = link
        self.timings = timings
        self.errors = errors
        self.jar = http.cookiejar.CookieJar()
        # The link signs one browser in, once: the other users are tabs of that browser.
        for cookie in signed_in or ():
            self.jar.set_cookie(copy.copy(cookie))
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def request(self, path: str, form: dict[str, str] | None = None) -> tuple[str, str]:
        if self.think:
            time.sleep(self.think * self.random.uniform(0.5, 1.5))
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        url = path if path.startswith("http") else self.base + path
        request = urllib.request.Request(url, data=data)
        if form is not None:
            request.add_header("Referer", url)
        started = time.perf_counter()
        with self.opener.open(request, timeout=60) as response:
            body = response.read().decode()
            final = response.geturl()
        self.timings.append((time.perf_counter() - started) * 1000)
        return body, final

    def run(self, interview: int) -> None:
        try:
            if self.link:
                self.request(self.link)
            page, _ = self.request(f"/interviews/{interview}/practice/")
            page, url = self.request(
                f"/interviews/{interview}/practice/",
                {"csrfmiddlewaretoken": CSRF.search(page)[1], "length": "3", "asked_by": ""},
            )
            session = url.split("/practice/")[1].split("/")[0]
            for _ in range(8):
                step = STEP.search(page)
                if step is None:
                    break
                is_probe = 'name="is_probe" value="True"' in page
                page, _ = self.request(
                    f"/practice/{session}/",
                    {
                        "csrfmiddlewaretoken": CSRF.search(page)[1],
                        "position": step[1],
                        "is_probe": "on" if is_probe else "",
                        "duration_s": "80",
                        "answer": ANSWER,
                    },
                )
            report, _ = self.request(f"/practice/{session}/report/")
            if "Dry run report" not in report:
                self.errors.append("the report did not open")
        except Exception as exc:  # a benchmark reports every failure rather than stopping
            self.errors.append(f"{type(exc).__name__}: {exc}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--threads", type=int, default=8, help="the server's worker threads")
    parser.add_argument("--think", type=float, default=2.0, help="mean pause between requests")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="secondround-load-"))
    env = {**os.environ, "SECONDROUND_HOME": str(home)}
    env.pop("SECONDROUND_DATABASE_URL", None)  # never the user's own database
    added = subprocess.run(
        [str(SCRIPT), "interview", "add", "--company", "Northwind", "--role", "Planner",
         "--person", "Priya Shah, line manager", "--json"],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    interview = int(json.loads(added.stdout)["id"])
    server = subprocess.Popen(
        [str(SCRIPT), "serve", "--port", "0", "--no-browser", "--threads", str(args.threads)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        match = re.search(r"(http://\S+token=\S+)", server.stdout.readline())
        if not match:
            raise SystemExit("serve printed no link")
        link = match.group(1)
        base = link.split("/?")[0]
        warm_up: list[float] = []
        first = User(base, link, warm_up, [])
        first.run(interview)
        timings: list[float] = []
        errors: list[str] = []
        users = [
            User(base, None, timings, errors, args.think, signed_in=first.jar)
            for _ in range(args.users)
        ]
        threads = [threading.Thread(target=u.run, args=(interview,)) for u in users]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(0.95 * len(timings)))] if timings else float("nan")
    print(
        f"{args.users} users, think {args.think:g} s, {len(timings)} requests in {wall:.1f} s, "
        f"{len(errors)} errors (untimed warm-up user: {sum(warm_up):.0f} ms in all)"
    )
    if timings:
        print(
            f"per request: median {statistics.median(timings):.0f} ms, p95 {p95:.0f} ms, "
            f"max {timings[-1]:.0f} ms (target p95 < {TARGET_P95_MS:.0f} ms)"
        )
    for error in errors[:5]:
        print(f"  error: {error}")
    return 0 if not errors and p95 < TARGET_P95_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
