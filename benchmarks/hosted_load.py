"""Hosted mode under load: PostgreSQL, gunicorn with N worker processes, many accounts at once.

200 simulated candidates sign in (each its own account) and do a 3-question dry run (every
question and follow-up, then the report), while 20 counsellors sign in and load their cohort's
progress page (the 200 candidates, all sharing) again and again. Everyone pauses `--think`
seconds on average between requests (0.5x-1.5x); `--think 0` fires back to back to find the
knee. `--ramp S` spreads the arrivals over S seconds (by default everyone signs in at once).
Sign-in is timed apart: a password check is deliberately slow (PBKDF2), so it is reported on its
own line and the bar (p95 under 300 ms, no errors) is for the pages.

Run (PostgreSQL needed; a throw-away database is created and dropped):
  .venv/bin/python benchmarks/hosted_load.py --database-url postgresql://u:p@127.0.0.1/postgres \\
      [--workers 1 2 4] [--think 2 0] [--candidates 200] [--counsellors 20]
The load generator runs on the same machine as the server, so it competes for the same cores.
So each run also reports the CPU seconds spent by the web processes (gunicorn's master and
workers), by PostgreSQL's server processes and by the load generator, read from /proc (Linux):
CPU-ms per request is the cost that decides how many requests a core can serve, and it holds on a
shared machine where latencies do not.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUNICORN = Path(sys.executable).with_name("gunicorn")
HOST = "prep.example.org"
PASSWORD = "a long and unusual passphrase 7"
TARGET_P95_MS = 300.0
ANSWER = (
    "Last spring two of our biggest customers complained that deliveries were late. I was asked "
    "to find the cause within a month. I pulled six weeks of route data into Excel and found that "
    "70% of late drops came from one loading bay. I agreed an earlier shift with the supervisor "
    "and changed the loading order. Within three weeks late deliveries fell from 18% to 4%."
)
JOB = " ".join(["You will plan delivery routes and lead a team of six planners."] * 6)
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
STEP = re.compile(r'name="position" value="(\d+)"')


@dataclass
class Results:
    pages: list[float] = field(default_factory=list)
    sign_ins: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class Browser:
    """One person's browser: its own cookies, HTTPS as the proxy reports it."""

    def __init__(self, port: int, results: Results, think: float, seed: int) -> None:
        self.port = port
        self.results = results
        self.think = think
        self.random = random.Random(seed)
        self.cookies: dict[str, str] = {}
        self.address = f"10.{seed // 65536 % 256}.{seed // 256 % 256}.{seed % 256}"

    def request(
        self, path: str, form: dict[str, str] | None = None, sign_in: bool = False
    ) -> tuple[int, str, str]:
        if self.think:
            time.sleep(self.think * self.random.uniform(0.5, 1.5))
        headers = {
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            # Each person comes from their own address, as the proxy reports it.
            "X-Forwarded-For": self.address,
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        }
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://{HOST}"
            headers["Referer"] = f"https://{HOST}{path}"
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        started = time.perf_counter()
        connection.request("POST" if form is not None else "GET", path, body, headers)
        response = connection.getresponse()
        text = response.read().decode()
        elapsed = (time.perf_counter() - started) * 1000
        connection.close()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";")[0]
        with self.results.lock:
            (self.results.sign_ins if sign_in else self.results.pages).append(elapsed)
        if response.status >= 400:
            raise RuntimeError(f"{response.status} on {path}")
        location = response.getheader("Location", "") or ""
        return response.status, text, urllib.parse.urlsplit(location).path

    def sign_in(self, email: str) -> None:
        _, page, _ = self.request("/accounts/login/")
        status, _, where = self.request(
            "/accounts/login/",
            {"csrfmiddlewaretoken": CSRF.search(page)[1], "login": email, "password": PASSWORD},
            sign_in=True,
        )
        if status != 302 or where.startswith("/accounts/"):
            raise RuntimeError(f"sign-in of {email} failed")

    def get(self, path: str) -> str:
        status, page, where = self.request(path)
        while status == 302:
            status, page, where = self.request(where)
        return page

    def post(self, path: str, form: dict[str, str]) -> str:
        status, page, where = self.request(path, form)
        return self.get(where) if status == 302 else page


def candidate(browser: Browser, email: str, interview: int, start: float = 0.0) -> None:
    time.sleep(start)
    try:
        browser.sign_in(email)
        page = browser.get(f"/interviews/{interview}/practice/")
        page = browser.post(
            f"/interviews/{interview}/practice/",
            {"csrfmiddlewaretoken": CSRF.search(page)[1], "length": "3", "asked_by": ""},
        )
        session = re.search(r'action="/practice/(\d+)/"', page) or re.search(
            r"/practice/(\d+)/", page
        )
        assert session, "no dry run started"
        for _ in range(8):
            step = STEP.search(page)
            if step is None:
                break
            page = browser.post(
                f"/practice/{session[1]}/",
                {
                    "csrfmiddlewaretoken": CSRF.search(page)[1],
                    "position": step[1],
                    "is_probe": "on" if 'name="is_probe" value="True"' in page else "",
                    "duration_s": "80",
                    "answer": ANSWER,
                },
            )
        report = browser.get(f"/practice/{session[1]}/report/")
        if "Dry run report" not in report:
            raise RuntimeError("the report did not open")
    except Exception as exc:  # a benchmark reports every failure rather than stopping
        with browser.results.lock:
            browser.results.errors.append(f"candidate {email}: {type(exc).__name__}: {exc}")


def counsellor(browser: Browser, email: str, path: str, loads: int, start: float = 0.0) -> None:
    time.sleep(start)
    try:
        browser.sign_in(email)
        for _ in range(loads):
            if "Dry runs done" not in browser.get(path):
                raise RuntimeError("the cohort page did not open")
    except Exception as exc:
        with browser.results.lock:
            browser.results.errors.append(f"counsellor {email}: {type(exc).__name__}: {exc}")


CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _processes() -> dict[int, tuple[int, str, float, float]]:
    """Every process: pid -> (parent pid, name, own CPU seconds, CPU seconds of reaped children)."""
    found: dict[int, tuple[int, str, float, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        # After the name: state, ppid, …; utime, stime, cutime, cstime are stat's fields 14-17.
        fields = stat[stat.rindex(")") + 2 :].split()
        own = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
        reaped = (int(fields[13]) + int(fields[14])) / CLOCK_TICKS
        found[int(entry.name)] = (int(fields[1]), name, own, reaped)
    return found


def _cpu(root: int | None = None, name: str = "") -> float:
    """CPU seconds of a process tree so far: the root (`root`, or the process called `name` whose
    parent is called otherwise), every live descendant, and children that exited and were reaped
    (gunicorn recycles its workers; PostgreSQL's backends end with their connections)."""
    table = _processes()
    if root is None:
        root = next(
            pid
            for pid, (parent, called, _, _) in table.items()
            if called == name and table.get(parent, (0, "", 0.0, 0.0))[1] != name
        )
    children: dict[int, list[int]] = {}
    for pid, (parent, _, _, _) in table.items():
        children.setdefault(parent, []).append(pid)
    total = table.get(root, (0, "", 0.0, 0.0))[3]
    stack = [root]
    while stack:
        pid = stack.pop()
        total += table.get(pid, (0, "", 0.0, 0.0))[2]
        stack.extend(children.get(pid, []))
    return total


def _env(database_url: str, home: Path, workers: int, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECONDROUND_")}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "secondround.web.settings",
            "SECONDROUND_MODE": "hosted",
            "SECONDROUND_HOME": str(home),
            "SECONDROUND_DATABASE_URL": database_url,
            "SECONDROUND_SECRET_KEY": secrets.token_urlsafe(50),
            "SECONDROUND_ALLOWED_HOSTS": HOST,
            "SECONDROUND_WORKERS": str(workers),
            "SECONDROUND_BIND": f"127.0.0.1:{port}",
        }
    )
    return env


SEED = """
import django, sys
django.setup()
from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from secondround.accounts.models import Cohort, Membership, Organisation
from secondround.interviews.models import Interview, Person
candidates, counsellors = int(sys.argv[1]), int(sys.argv[2])
password = make_password(%(password)r)
org = Organisation.objects.create(name="Northside Bootcamp")
cohort = Cohort.objects.create(organisation=org, name="Spring")
users = User.objects.bulk_create(
    [User(username=f"c{i}@example.org", email=f"c{i}@example.org", password=password)
     for i in range(candidates)]
    + [User(username=f"k{i}@example.org", email=f"k{i}@example.org", password=password)
       for i in range(counsellors)])
EmailAddress.objects.bulk_create(
    [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users])
Membership.objects.bulk_create(
    [Membership(organisation=org, user=u, role="candidate", cohort=cohort, shares_progress=True)
     for u in users[:candidates]]
    + [Membership(organisation=org, user=u, role="counsellor") for u in users[candidates:]])
for u in users[:candidates]:
    i = Interview.objects.create(
        owner=u, company="Northwind", role="Planner", job_description=%(job)r)
    Person.objects.create(interview=i, name="Priya Shah", role="line_manager")
print(org.pk, cohort.pk)
for u in users[:candidates]:
    print(u.email, u.interviews.get().pk)
"""


def run_once(args: argparse.Namespace, workers: int, think: float) -> dict[str, float]:
    base = urllib.parse.urlsplit(args.database_url)
    name = f"secondround_load_{secrets.token_hex(4)}"
    admin = subprocess.run(
        ["psql", args.database_url, "-qtAc", f"CREATE DATABASE {name}"],
        capture_output=True, text=True,
    )  # fmt: skip
    if admin.returncode:
        raise SystemExit(f"cannot create a database: {admin.stderr.strip()}")
    database_url = urllib.parse.urlunsplit(base._replace(path=f"/{name}"))
    home = Path(tempfile.mkdtemp(prefix="secondround-hosted-load-"))
    port = 18000 + random.randrange(1000)
    env = _env(database_url, home, workers, port)
    server = None
    try:
        for step in (["migrate", "--noinput"], ["createcachetable"]):
            subprocess.run([sys.executable, "-m", "django", *step], env=env, check=True,
                           capture_output=True)  # fmt: skip
        seeded = subprocess.run(
            [sys.executable, "-c", SEED % {"password": PASSWORD, "job": JOB},
             str(args.candidates), str(args.counsellors)],
            env=env, check=True, capture_output=True, text=True,
        ).stdout.split("\n")  # fmt: skip
        org, cohort = seeded[0].split()
        interviews = [line.split() for line in seeded[1:] if line.strip()]
        server = subprocess.Popen(
            [str(GUNICORN), "--config", str(ROOT / "deploy" / "gunicorn.conf.py")],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(3)
        # One untimed warm-up candidate per worker: a real server has been up a while.
        warm = Results()
        for email, interview in interviews[:workers]:
            candidate(Browser(port, warm, 0, 0), email, int(interview))
        results = Results()
        threads = [
            threading.Thread(
                target=candidate,
                args=(
                    Browser(port, results, think, i),
                    email,
                    int(interview),
                    random.uniform(0, args.ramp),
                ),
            )
            for i, (email, interview) in enumerate(interviews[workers:])
        ] + [
            threading.Thread(
                target=counsellor,
                args=(
                    Browser(port, results, think, 10_000 + i),
                    f"k{i}@example.org",
                    f"/orgs/{org}/cohorts/{cohort}/",
                    args.cohort_loads,
                    random.uniform(0, args.ramp),
                ),
            )
            for i in range(args.counsellors)
        ]
        web_before, db_before = _cpu(server.pid), _cpu(name="postgres")
        client_before = time.process_time()
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
        web_cpu = _cpu(server.pid) - web_before
        db_cpu = _cpu(name="postgres") - db_before
        client_cpu = time.process_time() - client_before
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        subprocess.run(["psql", args.database_url, "-qtAc", f"DROP DATABASE IF EXISTS {name}"],
                       capture_output=True)  # fmt: skip
    pages = sorted(results.pages)
    signs = sorted(results.sign_ins)

    def pct(values: list[float], q: float) -> float:
        return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")

    figures = {
        "workers": workers,
        "think": think,
        "requests": len(pages) + len(signs),
        "wall": wall,
        "median": statistics.median(pages) if pages else float("nan"),
        "p95": pct(pages, 0.95),
        "sign_in_p95": pct(signs, 0.95),
        "errors": len(results.errors),
        "rps": (len(pages) + len(signs)) / wall,
        "web_cpu_ms": web_cpu * 1000 / max(1, len(pages) + len(signs)),
        "db_cpu_ms": db_cpu * 1000 / max(1, len(pages) + len(signs)),
        "client_cpu": client_cpu,
        "load": os.getloadavg()[0],
    }
    print(
        f"workers {workers}, think {think:g} s: {figures['requests']} requests in {wall:.1f} s "
        f"= {figures['rps']:.1f} req/s ({figures['rps'] / workers:.1f} per process); pages "
        f"median {figures['median']:.0f} ms, p95 {figures['p95']:.0f} ms; sign-in p95 "
        f"{figures['sign_in_p95']:.0f} ms; {figures['errors']} errors",
        flush=True,
    )
    print(
        f"  CPU per request: web {figures['web_cpu_ms']:.1f} ms, PostgreSQL "
        f"{figures['db_cpu_ms']:.1f} ms (load generator {client_cpu:.1f} CPU-s in all; "
        f"1-minute load average at the end {figures['load']:.1f})",
        flush=True,
    )
    for error in results.errors[:3]:
        print(f"  error: {error}")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", required=True, help="a PostgreSQL server to use")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--think", type=float, nargs="+", default=[2.0, 0.0])
    parser.add_argument("--candidates", type=int, default=200)
    parser.add_argument("--counsellors", type=int, default=20)
    parser.add_argument("--cohort-loads", type=int, default=5)
    parser.add_argument(
        "--ramp",
        type=float,
        default=0.0,
        help="spread the first sign-ins over this many seconds (0: everyone at once)",
    )
    args = parser.parse_args()
    passed = True
    for think in args.think:
        for workers in args.workers:
            figures = run_once(args, workers, think)
            if think > 0:
                passed &= figures["errors"] == 0 and figures["p95"] < TARGET_P95_MS
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
