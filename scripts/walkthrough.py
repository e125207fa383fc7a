"""A new user's walk through every page and command, with hostile inputs (issue 7's "Done means").

    .venv/bin/python scripts/walkthrough.py [--no-browser] [--keep] [--json report.json]

It makes a fresh data folder (SECONDROUND_HOME in a temporary directory), fills a workspace
through the installed `secondround` script (interviews, stories, a dry run in the terminal), then

- visits every URL pattern of the web app (from django.urls.get_resolver(), ids filled from the
  workspace, and an unknown id) with GET through Django's test client, and POSTs hostile values
  to every form found on those pages;
- runs every command and subcommand of `secondround` (from cli/commands.py's COMMANDS and each
  group's subcommands) with normal and hostile arguments;
- opens every page in headless Chromium at 390 px and 1280 px against a real `secondround serve`
  and records pages wider than the screen and console errors (CSP violations among them);
- prints a table of counts and every finding. It exits 1 if anything was found, else 0.

This is a check to re-run by hand (or in CI), not a unit test: it takes a few minutes.
"""

from __future__ import annotations

import argparse
import collections
import html.parser
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).parent / "secondround"
CHROMIUM = os.environ.get("SECONDROUND_CHROMIUM", "/usr/bin/chromium")
UNKNOWN_ID = 987654

XSS = "<script>alert(1)</script>"
XSS_IMG = '"><img src=x onerror=alert(1)>'
# What must never reach a page unescaped.
RAW_MARKERS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")
HOSTILE: dict[str, str] = {
    "xss-script": XSS,
    "xss-img": XSS_IMG,
    "rich-markup": "[/] [bold]bold[/bold] [red]",
    "terminal-escape": "\x1b[2J\x1b[31mred\x07",
    "long-100001": "A" * 100_001,
    "empty": "",
    "wrong-type": "not-a-number",
    "far-date": "9999-12-31",
    "unknown-id": str(UNKNOWN_ID),
}

ADVERT = (
    "Operations Team Leader, Northwind Logistics.\n\nYou will lead a team of six planners, "
    "juggle competing deadlines, handle escalations and report weekly to the head of "
    "operations. Excel and SQL essential. We value people who take the initiative and stay calm "
    "under pressure.\n"
)
NOTES = (
    "1st round with Priya Shah (line manager) and Tom from HR.\n"
    "- she asked whether I had managed a budget before\n"
    "- promised to send my portfolio by Friday\n"
    "- next round: panel with the operations director\n"
)
ANSWER = (
    "At our depot last spring two big customers complained that deliveries were late. I was "
    "asked to find the cause within a month. I pulled six weeks of route data into Excel and "
    "found that most late drops came from one loading bay. I agreed an earlier shift with the "
    "bay supervisor. Within three weeks late deliveries fell from 18% to 4%.\n"
)
STORIES_MD = (
    "## Supplier went bust\nSituation: Our main supplier failed.\nTask: Keep the line running.\n"
    "Action: I found two other suppliers.\nResult: We lost no orders.\n"
)


@dataclass
class Tally:
    """Everything counted, and every finding with what caused it."""

    web_status: collections.Counter[int] = field(default_factory=collections.Counter)
    cli_exit: collections.Counter[int] = field(default_factory=collections.Counter)
    counts: collections.Counter[str] = field(default_factory=collections.Counter)
    findings: list[str] = field(default_factory=list)

    def find(self, kind: str, what: str) -> None:
        self.counts[kind] += 1
        self.findings.append(f"[{kind}] {what}")


def run_cli(home: Path, args: list[str], stdin: bytes = b"", timeout: int = 120) -> Any:
    env = {**os.environ, "SECONDROUND_HOME": str(home), "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [str(SCRIPT), *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=timeout,
        cwd=home.parent,
    )


# --- filling the workspace ----------------------------------------------------------------------


def fill(home: Path, files: dict[str, Path]) -> None:
    """A workspace made the way a new user makes it: through the commands."""
    steps = [
        [
            "interview",
            "add",
            "--company",
            "Northwind",
            "--role",
            "Operations team leader",
            "--date",
            "2030-06-03",
            "--time",
            "14:30",
            "--tz",
            "Europe/London",
            "--job-file",
            str(files["advert"]),
            "--notes-file",
            str(files["notes"]),
            "--person",
            "Priya Shah, line manager",
            "--person",
            "Tom Reed, hr",
        ],
        ["interview", "add", "--company", XSS, "--role", XSS_IMG, "--place", XSS],
        ["stories", "import", str(files["stories"])],
        [
            "stories",
            "add",
            "--title",
            XSS,
            "-s",
            XSS_IMG,
            "-t",
            "[bold]task[/]",
            "-a",
            "I acted.",
            "-r",
            "It worked.",
        ],
    ]
    for args in steps:
        done = run_cli(home, args)
        if done.returncode != 0:
            raise SystemExit(f"Filling the workspace failed at {args}: {done.stderr.decode()}")
    answers = (ANSWER + ".\n") * 12
    done = run_cli(home, ["practice", "1", "--length", "3"], stdin=answers.encode())
    if done.returncode != 0:
        raise SystemExit(f"The dry run failed: {done.stderr.decode()}{done.stdout.decode()}")
    # An unfinished dry run too: one answer, then Ctrl+D.
    run_cli(home, ["practice", "1", "--length", "3"], stdin=(ANSWER + ".\n").encode())


def hostile_files(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "advert": folder / "advert.txt",
        "notes": folder / "notes.txt",
        "answer": folder / "answer.txt",
        "stories": folder / "stories.md",
        "binary": folder / "binary.txt",
        "binary-pdf": folder / "fake.pdf",
        "binary-docx": folder / "fake.docx",
        "empty": folder / "empty.txt",
        "hostile-text": folder / "hostile.txt",
        "huge": folder / "huge.txt",
        "jsonl": folder / "answers.jsonl",
        "bad-json": folder / "bad.json",
        "xlsx": folder / "pay.xlsx",
        "a-folder": folder / "a-folder",
        "missing": folder / "missing.txt",
    }
    files["advert"].write_text(ADVERT)
    files["notes"].write_text(NOTES)
    files["answer"].write_text(ANSWER)
    files["stories"].write_text(STORIES_MD)
    files["binary"].write_bytes(bytes(range(256)) * 64)
    files["binary-pdf"].write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 16)
    files["binary-docx"].write_bytes(b"PK\x03\x04" + bytes(range(256)) * 16)
    files["empty"].write_text("")
    files["hostile-text"].write_text("\n".join(HOSTILE[k] for k in HOSTILE if k != "long-100001"))
    files["huge"].write_text("word " * 300_000)
    files["jsonl"].write_text(
        json.dumps({"id": XSS, "answer": ANSWER, "question": XSS_IMG})
        + "\nnot json\n"
        + json.dumps({"id": 3, "answer": 5})
        + "\n"
    )
    files["bad-json"].write_text('{"version": 1, "interviews": [{"company": ')
    files["xlsx"].write_bytes(b"PK\x03\x04 not really a workbook")
    files["a-folder"].mkdir(exist_ok=True)
    return files


# --- the commands -------------------------------------------------------------------------------


def command_paths() -> list[tuple[str, ...]]:
    """Every command and subcommand, as the CLI itself defines them."""
    import importlib

    import click
    import typer.main

    from secondround.cli.app import app
    from secondround.cli.commands import COMMANDS

    for entry in COMMANDS.values():
        importlib.import_module(entry.module)
    root: Any = typer.main.get_command(app)
    # Typer may ship its own copy of click, so groups are known by what they can do.
    assert hasattr(root, "list_commands")
    paths: list[tuple[str, ...]] = []
    for name in COMMANDS:
        command = root.get_command(click.Context(root), name)
        if hasattr(command, "list_commands"):
            paths.extend((name, sub) for sub in command.list_commands(click.Context(command)))
        else:
            paths.append((name,))
    return paths


def cli_cases(f: dict[str, Path], out: Path) -> dict[tuple[str, ...], list[list[str]]]:
    """Normal and hostile argument lists for each command (the path itself is prepended)."""
    x, ri, esc, long = XSS, HOSTILE["rich-markup"], HOSTILE["terminal-escape"], "A" * 100_001
    bad_ids = ["0", "-1", str(UNKNOWN_ID), "abc", "99999999999999999999999"]
    files_bad = [str(f[k]) for k in ("missing", "a-folder", "binary", "empty", "hostile-text")]

    def per_id(extra: list[str] | None = None) -> list[list[str]]:
        return [["1", *(extra or [])], ["2", *(extra or [])], *[[i] for i in bad_ids]]

    return {
        ("serve",): [["--port", "abc"], ["--port", "70000"], ["--host", x, "--port", "0"]],
        ("interview", "add"): [
            ["--company", "Acme", "--role", "Analyst", "--date", "2031-01-02"],
            ["--company", x, "--role", ri, "--place", esc],
            ["--company", long, "--role", "r"],
            ["--company", "", "--role", ""],
            ["--company", "A", "--role", "B", "--date", "9999-12-31", "--time", "25:61"],
            ["--company", "A", "--role", "B", "--date", "31/12/2026"],
            ["--company", "A", "--role", "B", "--tz", x],
            ["--company", "A", "--role", "B", "--format", x],
            ["--company", "A", "--role", "B", "--round", "abc"],
            ["--company", "A", "--role", "B", "--person", x],
            ["--company", "A", "--role", "B", "--person", "Ann, not_a_role"],
            *[["--company", "A", "--role", "B", "--job-file", p] for p in files_bad],
            ["--company", "A", "--role", "B", "--job-file", str(f["binary-pdf"])],
            ["--company", "A", "--role", "B", "--job-file", str(f["binary-docx"])],
            ["--company", "A", "--role", "B", "--notes-file", str(f["binary"])],
            ["--company", "A", "--role", "B", "--job-text", long],
        ],
        ("interview", "list"): [[], ["--json"], ["--bogus"]],
        ("interview", "show"): [*per_id(), ["1", "--json"]],
        ("interview", "delete"): [[str(UNKNOWN_ID), "--yes"], ["abc", "--yes"], ["3"]],
        ("job", "analyse"): [
            [str(f["advert"])],
            [str(f["advert"]), "--json", "--title", x],
            *[[p] for p in files_bad],
            [str(f["binary-pdf"])],
            [str(f["binary-docx"])],
            [str(f["huge"])],
        ],
        ("debrief",): [[str(f["notes"])], [str(f["notes"]), "--json"], *[[p] for p in files_bad]],
        ("questions", "list"): [
            [],
            ["--json"],
            ["--competency", x],
            ["--kind", ri],
            ["--asked-by", esc],
        ],
        ("plan",): [
            *per_id(),
            ["1", "--count", "abc"],
            ["1", "--count", "-5"],
            ["1", "--asked-by", x],
        ],
        ("practice",): [
            ["1", "--length", "7"],
            ["1", "--asked-by", x],
            ["2", "--length", "3"],
            ["1", "--resume"],
            *[[i] for i in bad_ids],
        ],
        ("coach",): [
            [str(f["answer"])],
            [str(f["answer"]), "--json", "--question", x, "--job", str(f["advert"])],
            *[[p] for p in files_bad],
            [str(f["answer"]), "--job", str(f["missing"])],
            ["--jsonl", str(f["jsonl"])],
            ["--jsonl", str(f["binary"])],
            [str(f["huge"])],
        ],
        ("export",): [
            [str(out / "backup.json")],
            [str(out / "no-such-dir" / "b.json")],
            [str(f["a-folder"])],
        ],
        ("import",): [[str(out / "backup.json")], [str(f["bad-json"])], *[[p] for p in files_bad]],
        ("stories", "list"): [[], ["--json"], ["--bogus"]],
        ("stories", "show"): [*per_id(), ["1", "--json"]],
        ("stories", "add"): [
            ["--title", "Deadline", "-s", "s", "-t", "t", "-a", "a", "-r", "r"],
            ["--title", x, "-s", ri, "-t", esc, "-a", long, "-r", "r"],
            ["--title", "", "-s", "", "-t", "", "-a", "", "-r", ""],
            ["--title", "T", "-s", "s", "-t", "t", "-a", "a", "-r", "r", "-c", x],
            ["--from", str(f["answer"])],
            *[["--from", p] for p in files_bad],
        ],
        ("stories", "edit"): [
            ["1", "--title", x],
            ["1", "-c", x],
            *[[i, "--title", "t"] for i in bad_ids],
        ],
        ("stories", "delete"): [[str(UNKNOWN_ID), "--yes"], ["abc"]],
        ("stories", "import"): [
            [str(f["stories"])],
            *[[p] for p in files_bad],
            [str(f["binary-pdf"])],
        ],
        ("stories", "export"): [
            [str(out / "stories.md")],
            [str(out / "stories.json"), "--json"],
            [str(f["a-folder"])],
            [str(out / "no-such-dir" / "s.md")],
        ],
        ("stories", "coverage"): per_id(["--json"]),
        ("match",): [["Tell me about a time you disagreed."], [x], [ri], [esc], [long], [""]],
        ("ask",): [*per_id(), ["1", "--json"]],
        ("salary",): [
            ["Data analyst"],
            ["Data analyst", "--country", "us", "--json"],
            [x],
            [ri],
            [esc],
            [long],
            [""],
            ["Data analyst", "--country", x],
            ["Data analyst", "--code", x],
            ["update", str(f["missing"])],
            ["update", str(f["binary"])],
            ["update", str(f["xlsx"])],
            ["update", str(f["a-folder"])],
            ["update", str(f["empty"]), "--date", "9999-99"],
        ],
        ("loose-ends",): [*per_id(), ["1", "--json"]],
        ("kit",): [
            *per_id(),
            ["1", "--json"],
            ["1", "--pdf", str(out / "pack.pdf")],
            ["1", "--pdf", str(f["a-folder"])],
            ["1", "--pdf", str(out / "no-such-dir" / "p.pdf")],
        ],
        ("calendar",): [
            *per_id(["--out", str(out / "i.ics")]),
            ["1", "--out", str(f["a-folder"])],
            ["1", "--out", str(out / "no-such-dir" / "i.ics")],
        ],
        ("followup",): [
            *per_id(),
            ["1", "--json"],
            ["1", "--eml", str(out / "t.eml")],
            ["1", "--eml", str(f["a-folder"])],
        ],
    }


def walk_cli(home: Path, files: dict[str, Path], out: Path, tally: Tally) -> None:
    cases = cli_cases(files, out)
    paths = command_paths()
    for path in paths:
        if path not in cases:
            tally.find("command-not-walked", " ".join(path))
            continue
        for extra in [["--help"], *cases[path]]:
            args = [*path, *extra]
            shown = " ".join(a if len(a) < 60 else a[:20] + f"...({len(a)} chars)" for a in args)
            try:
                done = run_cli(home, args, timeout=90)
            except subprocess.TimeoutExpired:
                tally.find("cli-timeout", shown)
                continue
            tally.counts["cli runs"] += 1
            tally.cli_exit[done.returncode] += 1
            text = done.stdout.decode(errors="replace") + done.stderr.decode(errors="replace")
            if "Traceback" in text:
                tally.find("cli-traceback", f"{shown}: {text.strip().splitlines()[-1][:200]}")
            if done.returncode not in (0, 2, 3, 4, 5, 6, 7):
                tally.find("cli-unnamed-exit", f"{shown} exited {done.returncode}: {text[-200:]}")
            if done.returncode != 0 and not done.stderr.strip() and not done.stdout.strip():
                tally.find("cli-silent-failure", shown)
            if "\x1b[2J" in text:
                tally.find("cli-escape-passed", shown)
    tally.counts["commands walked"] = len([p for p in paths if p in cases])
    tally.counts["commands listed"] = len(paths)


# --- the web app --------------------------------------------------------------------------------


class Forms(html.parser.HTMLParser):
    """The forms of a page: action, method and fields (name, type, value, options)."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, Any]] = []
        self._form: dict[str, Any] | None = None
        self._select: dict[str, Any] | None = None

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k: v or "" for k, v in attrs_list}
        if tag == "form":
            self._form = {
                "action": attrs.get("action", ""),
                "method": attrs.get("method", "get").lower(),
                "enctype": attrs.get("enctype", ""),
                "fields": [],
            }
            self.forms.append(self._form)
        elif self._form is not None and tag in ("input", "textarea", "select", "button"):
            if not attrs.get("name"):
                return
            kind = attrs.get("type", "text").lower() if tag in ("input", "button") else tag
            if tag == "button":
                kind = "submit"
            entry: dict[str, Any] = {"name": attrs["name"], "type": kind}
            entry["value"] = attrs.get("value", "")
            entry["checked"] = "checked" in attrs
            self._form["fields"].append(entry)
            if tag == "select":
                entry["options"] = []
                self._select = entry
        elif tag == "option" and self._select is not None:
            self._select["options"].append(attrs.get("value", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def url_paths(ids: dict[str, int]) -> Iterator[tuple[str, str]]:
    """(name, path) for every URL pattern, with real ids and with an unknown id."""
    from django.urls import URLPattern, URLResolver, get_resolver

    def walk(patterns: Iterable[Any], prefix: str) -> Iterator[tuple[str, str]]:
        for p in patterns:
            if isinstance(p, URLResolver):
                yield from walk(p.url_patterns, prefix + str(p.pattern))
            elif isinstance(p, URLPattern):
                yield (p.name or "?"), prefix + str(p.pattern)

    for name, route in walk(get_resolver().url_patterns, "/"):
        params = re.findall(r"<int:(\w+)>", route)
        if not params:
            yield name, route
            continue
        kind = "session" if name.startswith("practice_") and name != "practice_start" else None
        kind = kind or ("story" if name.startswith("story_") else "interview")
        for value in (ids[kind], ids[f"other_{kind}"], UNKNOWN_ID):
            yield name, re.sub(r"<int:\w+>", str(value), route)


def setup_web(home: Path) -> Any:
    os.environ["SECONDROUND_HOME"] = str(home)
    os.environ["DJANGO_SETTINGS_MODULE"] = "secondround.web.settings"
    import django
    from django.conf import settings

    django.setup()
    # Expected refusals (404, 405) are counted in the table; a 500 is logged with its traceback.
    logging.getLogger("django.request").setLevel(logging.ERROR)
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    settings.DEBUG = False
    settings.SECONDROUND_ACCESS_TOKEN = "walkthrough-token"
    from django.test import Client

    client = Client(raise_request_exception=False)
    assert client.get("/?token=walkthrough-token").status_code == 302
    return client


def workspace_ids() -> dict[str, int]:
    from secondround.interviews.models import Interview
    from secondround.practice.models import PracticeSession
    from secondround.stories.models import Story

    interviews = list(Interview.objects.order_by("pk").values_list("pk", flat=True))
    sessions = list(PracticeSession.objects.order_by("pk").values_list("pk", flat=True))
    stories = list(Story.objects.order_by("pk").values_list("pk", flat=True))
    return {
        "interview": interviews[0],
        "other_interview": interviews[-1],
        "session": sessions[0],
        "other_session": sessions[-1],
        "story": stories[0],
        "other_story": stories[-1],
    }


def stored_counts() -> dict[str, int]:
    from django.apps import apps

    return {
        m._meta.label: m._default_manager.count()
        for m in apps.get_models()
        if m._meta.app_label not in ("sessions", "admin", "contenttypes", "auth")
    }


def check_page(tally: Tally, what: str, response: Any) -> None:
    tally.web_status[response.status_code] += 1
    tally.counts["web requests"] += 1
    if response.status_code >= 500:
        tally.find("web-500", what)
    kind = response.get("Content-Type", "")
    if "html" in kind and not getattr(response, "streaming", False):
        body = response.content.decode(errors="replace")
        for marker in RAW_MARKERS:
            if marker in body:
                tally.find("web-unescaped", f"{what}: {marker!r} is in the page")


def hostile_post(form: dict[str, Any], value: str, keep_hidden: bool) -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    data: dict[str, Any] = {}
    for f in form["fields"]:
        name, kind = f["name"], f["type"]
        if name == "csrfmiddlewaretoken":
            continue
        if kind == "file":
            data[name] = SimpleUploadedFile(
                "hostile.json", value.encode() or bytes(range(256)), "application/octet-stream"
            )
        elif kind in ("hidden", "submit", "checkbox", "radio") and keep_hidden:
            if kind in ("checkbox", "radio") and not f["checked"]:
                continue
            data.setdefault(name, f["value"])
        else:
            data[name] = value
    return data


def walk_web(client: Any, tally: Tally) -> list[tuple[str, dict[str, Any]]]:
    ids = workspace_ids()
    before = stored_counts()
    forms: dict[tuple[str, str], dict[str, Any]] = {}
    get_paths: list[str] = []
    for name, path in url_paths(ids):
        response = client.get(path)
        check_page(tally, f"GET {path} ({name})", response)
        get_paths.append(path)
        if str(UNKNOWN_ID) in path and response.status_code < 400:
            tally.find("web-unknown-id-accepted", f"GET {path} answered {response.status_code}")
        if "html" in response.get("Content-Type", "") and response.status_code == 200:
            parser = Forms()
            parser.feed(response.content.decode(errors="replace"))
            for form in parser.forms:
                action = form["action"] or path
                if form["method"] == "post":
                    forms.setdefault((action, form["method"]), form)
        # GET with hostile query strings (filters, search boxes).
        for key in ("q", "competency", "kind", "asked_by", "page"):
            for value in (XSS, "9999-12-31", "A" * 5000):
                response = client.get(path, {key: value})
                check_page(tally, f"GET {path}?{key}=<{value[:12]}>", response)
    tally.counts["url patterns"] = len({n for n, _ in url_paths(ids)})
    tally.counts["forms found"] = len(forms)
    ordered = sorted(forms.items(), key=lambda item: "delete" in item[0][0])
    for (action, _method), form in ordered:
        if "delete" in action:
            continue
        for label, value in HOSTILE.items():
            for keep in (True, False):
                data = hostile_post(form, value, keep)
                response = client.post(action, data, follow=True)
                check_page(
                    tally,
                    f"POST {action} <{label}, hidden {'kept' if keep else 'hostile'}>",
                    response,
                )
                tally.counts["hostile posts"] += 1
    # Unknown ids to every form too.
    for (action, _method), form in forms.items():
        unknown = re.sub(r"/\d+/", f"/{UNKNOWN_ID}/", action, count=1)
        if unknown != action:
            response = client.post(unknown, hostile_post(form, "x", True))
            check_page(tally, f"POST {unknown}", response)
            if response.status_code < 400:
                tally.find(
                    "web-unknown-id-accepted", f"POST {unknown} answered {response.status_code}"
                )
    after = stored_counts()
    for label, count in before.items():
        if after.get(label, 0) < count and label not in ("practice.PracticeAnswer",):
            tally.find(
                "web-lost", f"{label}: {count} before the hostile posts, {after[label]} after"
            )
    # Every page again, after the hostile values were stored where they were accepted.
    for path in get_paths:
        check_page(tally, f"GET {path} (after hostile posts)", client.get(path))
    return [(action, form) for (action, _m), form in ordered if "delete" in action]


def walk_deletes(client: Any, deletes: list[tuple[str, dict[str, Any]]], tally: Tally) -> None:
    """The delete forms, last of all, with hostile confirmations."""
    for action, form in deletes:
        if True:
            for label in ("empty", "wrong-type"):
                response = client.post(
                    action, hostile_post(form, HOSTILE[label], True), follow=True
                )
                check_page(tally, f"POST {action} <{label}>", response)
                tally.counts["hostile posts"] += 1


# --- the browser --------------------------------------------------------------------------------


def html_pages(client: Any) -> list[str]:
    from secondround.interviews.models import Interview

    if not Interview.objects.exists():
        return []
    ids = workspace_ids()
    pages = []
    for _name, path in url_paths(ids):
        if str(UNKNOWN_ID) in path:
            continue
        response = client.get(path)
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            pages.append(path)
    return pages


def _listen_for_errors(page: Any, errors: list[str]) -> None:
    """Console errors (CSP violations among them) and uncaught exceptions, into `errors`."""

    def on_console(message: Any) -> None:
        if message.type == "error":
            errors.append(message.text)

    def on_error(exc: Any) -> None:
        errors.append(str(exc))

    page.on("console", on_console)
    page.on("pageerror", on_error)


def walk_browser(home: Path, pages: list[str], tally: Tally) -> None:
    from playwright.sync_api import sync_playwright

    env = {**os.environ, "SECONDROUND_HOME": str(home), "NO_COLOR": "1", "COLUMNS": "300"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    server = subprocess.Popen(
        [str(SCRIPT), "serve", "--port", "0", "--no-browser", "--host", "127.0.0.1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        text=True,
    )
    try:
        link = ""
        assert server.stdout is not None
        for line in server.stdout:
            found = re.search(r"http://\S+\?token=\S+", line)
            if found:
                link = found.group(0)
                break
        if not link:
            tally.find("browser-no-server", "secondround serve printed no link")
            return
        base = link.split("/?")[0]
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM,
                headless=True,
                args=[
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                ],
            )
            first = True
            for width in (390, 1280):
                context = browser.new_context(viewport={"width": width, "height": 844})
                page = context.new_page()
                errors: list[str] = []
                _listen_for_errors(page, errors)
                if first:
                    page.goto(link)
                    state = context.storage_state()
                    first = False
                else:
                    context.close()
                    context = browser.new_context(
                        viewport={"width": width, "height": 844}, storage_state=state
                    )
                    page = context.new_page()
                    _listen_for_errors(page, errors)
                for path in pages:
                    errors.clear()
                    response = page.goto(base + path)
                    tally.counts["browser page views"] += 1
                    if response is None or not response.ok:
                        tally.find(
                            "browser-status", f"{path} at {width}px: {response and response.status}"
                        )
                        continue
                    page.wait_for_load_state("load")
                    scroll = page.evaluate("document.documentElement.scrollWidth")
                    if scroll > width:
                        tally.find("browser-too-wide", f"{path} is {scroll}px at {width}px")
                    for error in errors:
                        tally.find("browser-console-error", f"{path} at {width}px: {error[:200]}")
                context.close()
            browser.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


# --- the report ---------------------------------------------------------------------------------


def summary(tally: Tally) -> str:
    rows = [("web responses " + str(code), n) for code, n in sorted(tally.web_status.items())]
    rows += [("cli exit " + str(code), n) for code, n in sorted(tally.cli_exit.items())]
    rows += sorted(tally.counts.items())
    width = max(len(r[0]) for r in rows) + 2
    lines = ["", "what".ljust(width) + "count", "-" * (width + 7)]
    lines += [name.ljust(width) + str(n) for name, n in rows]
    return "\n".join(lines)


FINDING_KINDS = (
    "web-500",
    "web-unescaped",
    "web-lost",
    "web-unknown-id-accepted",
    "cli-traceback",
    "cli-unnamed-exit",
    "cli-silent-failure",
    "cli-escape-passed",
    "cli-timeout",
    "command-not-walked",
    "browser-no-server",
    "browser-status",
    "browser-too-wide",
    "browser-console-error",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-browser", action="store_true", help="Skip the Chromium part.")
    parser.add_argument("--no-web", action="store_true", help="Skip the test-client walk.")
    parser.add_argument("--no-cli", action="store_true", help="Skip the commands.")
    parser.add_argument("--keep", action="store_true", help="Keep the temporary data folder.")
    parser.add_argument("--json", type=Path, help="Also write the counts and findings here.")
    options = parser.parse_args()
    if not SCRIPT.exists():
        print(f"{SCRIPT} is missing: run `make install-test` first.", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="secondround-walk-"))
    home, out = work / "home", work / "out"
    out.mkdir()
    tally = Tally()
    try:
        files = hostile_files(work / "files")
        print(f"Filling a workspace in {home} ...", flush=True)
        fill(home, files)
        client = setup_web(home)
        print("Walking the web app ...", flush=True)
        deletes = [] if options.no_web else walk_web(client, tally)
        if not options.no_browser:
            print("Opening every page in Chromium ...", flush=True)
            walk_browser(home, html_pages(client), tally)
        if not options.no_cli:
            print("Running every command ...", flush=True)
            walk_cli(home, files, out, tally)
        print("Deleting through the web forms ...", flush=True)
        walk_deletes(client, deletes, tally)
    finally:
        if not options.keep:
            shutil.rmtree(work, ignore_errors=True)
    for kind in FINDING_KINDS:
        tally.counts.setdefault(kind, 0)
    print("\nFindings:" if tally.findings else "\nNo findings.")
    for finding in tally.findings:
        print("  " + finding.replace("\x1b", "\\x1b"))
    print(summary(tally))
    if options.json:
        options.json.write_text(
            json.dumps(
                {
                    "web_status": dict(tally.web_status),
                    "cli_exit": dict(tally.cli_exit),
                    "counts": dict(tally.counts),
                    "findings": tally.findings,
                },
                indent=2,
            )
        )
    return 1 if any(tally.counts[k] for k in FINDING_KINDS) else 0


if __name__ == "__main__":
    sys.exit(main())
