"""`secondround loose-ends|kit|calendar|followup INTERVIEW`: the day-of kit from the command line.

Each command is a thin wrapper around the dayof, kit and followup services; files are written
whole or not at all.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import typer
from rich.text import Text

from secondround.cli.app import app
from secondround.cli.django_setup import setup_django
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import console, errors, fail, plain, print_json

ID_HELP = "The interview's ID (see interview list)."


def _line(text: str, style: str = "") -> None:
    console.print(Text(plain(text), style=style), soft_wrap=True)


def write_file(path: Path, content: bytes, suffix: str) -> None:
    """Write `content` to `path` whole (a temporary file renamed into place), or fail clearly."""
    if path.suffix.lower() != suffix:
        fail(f"{path} should end in {suffix}; for example interview{suffix}.", ExitStatus.USAGE)
    if path.is_dir():
        fail(f"{path} is a folder; give a file name ending in {suffix}.", ExitStatus.BAD_INPUT)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        fail(f"The folder {folder} does not exist; create it first.", ExitStatus.BAD_INPUT)
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".secondround-", suffix=suffix)
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except OSError as exc:
        fail(f"{path} cannot be written: {exc.strerror}.", ExitStatus.BAD_INPUT)


def _interview(interview_id: int) -> Any:
    setup_django()
    from secondround.cli.interviews import find_interview

    return find_interview(interview_id)


@app.command("loose-ends")
def loose_ends(
    interview_id: int = typer.Argument(..., help=ID_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the checklist as JSON."),
) -> None:
    """The practical questions a second interview may settle, with your prepared answers.

    Fill them in on the interview's Loose ends page.
    Example: [bold]secondround loose-ends 1[/]
    """
    interview = _interview(interview_id)
    from django.utils import timezone

    from secondround.services.dayof import loose_ends_for

    items = loose_ends_for(interview, timezone.localdate())
    if as_json:
        print_json(
            [
                {
                    "key": i.key,
                    "question": i.question,
                    "answer": i.answer,
                    "prepared": i.prepared,
                    "hint": i.hint,
                    "flags": list(i.flags),
                }
                for i in items
            ]
        )
        return
    missing = sum(not i.prepared for i in items)
    _line(
        f"Loose ends for {interview.company}: {missing} of {len(items)} without an answer", "bold"
    )
    for item in items:
        mark = Text("✓ " if item.prepared else "○ ", style="green" if item.prepared else "yellow")
        mark.append(plain(item.question), style="bold")
        console.print(mark)
        _line(
            f"    {item.answer}" if item.answer else f"    {item.hint}",
            "" if item.answer else "dim",
        )
        for flag in item.flags:
            _line(f"    ! {flag}", "yellow")


@app.command()
def kit(
    interview_id: int = typer.Argument(..., help=ID_HELP),
    pdf: Path | None = typer.Option(None, "--pdf", help="Write the one-page PDF to this file."),
    as_json: bool = typer.Option(False, "--json", help="Print the pack's content as JSON."),
) -> None:
    """The one-page prep pack: what to prepare, questions to ask, salary, logistics, round one.

    Example: [bold]secondround kit 1 --pdf northwind.pdf[/]
    """
    interview = _interview(interview_id)
    from dataclasses import asdict

    from django.utils import timezone

    from secondround.core.kit import pack_pdf
    from secondround.services.kit import pack_for

    today = timezone.localdate()
    pack = pack_for(interview, today)
    if pdf is not None:
        write_file(pdf, pack_pdf(pack, today), ".pdf")
        if interview.starts_at is None:
            errors.print(Text("Note: the interview has no date yet, so the pack says so."))
        _line(f"Wrote the prep pack for {interview.company} to {pdf}.")
        return
    if as_json:
        print_json({**asdict(pack), "sections": pack.sections})
        return
    _line(f"{pack.company}: {pack.role} (round {pack.round}, {pack.format})", "bold")
    _line(f"When: {pack.when}")
    _line(f"Where: {pack.place or 'not set yet'}")
    who = "; ".join(f"{p.name} ({p.role})" for p in pack.people) or "nobody added yet"
    _line(f"Who: {who}")
    if pack.route:
        _line(f"Route: {pack.route}")
    sections: list[tuple[str, list[str]]] = [
        (pack.stories_title, [f"{label}: {why}" if why else label for label, why in pack.stories]),
        *[(f"Ask {who}", list(questions)) for who, questions in pack.questions],
        ("Salary", [pack.salary_line] if pack.salary_line else []),
        ("Key points from the last round", list(pack.debrief_points)),
        ("Promises to keep", list(pack.promises)),
        ("Loose ends still open", list(pack.open_loose_ends)),
    ]
    for title, lines in sections:
        if lines:
            console.print()
            _line(title, "bold")
            for line in lines:
                _line(f"  • {line}")


@app.command()
def calendar(
    interview_id: int = typer.Argument(..., help=ID_HELP),
    out: Path = typer.Option(..., "--out", help="The .ics file to write."),
) -> None:
    """A calendar file: the interview in its time zone, practice sessions on the days before it
    and a reminder to send the thank-you email two hours after it ends.

    Example: [bold]secondround calendar 1 --out northwind.ics[/]
    """
    interview = _interview(interview_id)
    from django.utils import timezone

    from secondround.services.kit import kit_calendar, practice_for

    now = timezone.now()
    content = kit_calendar(interview, now)
    practice = practice_for(interview, now)
    write_file(out, content, ".ics")
    sessions = f"{len(practice)} practice session{'' if len(practice) == 1 else 's'}"
    _line(f"Wrote {out}: the interview, {sessions} and the thank-you reminder.")


@app.command()
def followup(
    interview_id: int = typer.Argument(..., help=ID_HELP),
    eml: Path | None = typer.Option(None, "--eml", help="Write the thank-you email to this file."),
    as_json: bool = typer.Option(False, "--json", help="Print the draft and mailto link as JSON."),
    sent: bool = typer.Option(
        False, "--sent", help="Mark the thank-you as sent: the dashboard stops reminding you."
    ),
) -> None:
    """The thank-you email: your edited draft, or one written from your notes of how it went.

    Open the .eml in your mail program to send it, then mark it sent.
    Example: [bold]secondround followup 1 --eml thank-you.eml[/], later
    [bold]secondround followup 1 --sent[/]
    """
    interview = _interview(interview_id)
    from django.utils import timezone

    from secondround.services.followup import (
        draft_for,
        eml_for,
        mailto_for,
        mark_sent,
        recipients,
        require_people,
    )

    require_people(interview)
    if sent:
        mark_sent(interview)
        _line(f"Marked the thank-you to {interview.company} as sent.")
        return
    draft = draft_for(interview)
    if eml is not None:
        write_file(eml, eml_for(interview, timezone.now()), ".eml")
        _line(f"Wrote the thank-you email to {eml}; open it to send.")
        return
    if as_json:
        print_json(
            {
                "to": [{"name": r.name, "email": r.email} for r in recipients(interview)],
                "subject": draft.subject,
                "body": draft.body,
                "mailto": mailto_for(interview),
            }
        )
        return
    _line(f"Subject: {draft.subject}", "bold")
    console.print()
    # Unwrapped, so the draft can be copied into a mail program as it is.
    console.print(Text(plain(draft.body)), soft_wrap=True)
