"""`secondround interview add|list|show|delete`: the workspace from the command line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from secondround.cli.app import app
from secondround.cli.django_setup import setup_django
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import console, fail, print_json, safe
from secondround.core.roles import role_keys_help

interview_app = typer.Typer(help="Add, list, show and delete interviews.", no_args_is_help=True)
app.add_typer(interview_app, name="interview")

ROLE_HELP = role_keys_help()


def _parse_person(text: str) -> dict[str, str]:
    from secondround.interviews.models import PersonRole

    parts = [part.strip() for part in text.split(",")]
    name = parts[0] if parts else ""
    if not name:
        fail(f'"{text}" has no name; write --person "Name, role, title".', ExitStatus.BAD_INPUT)
    role = PersonRole.OTHER.value
    if len(parts) > 1 and parts[1]:
        wanted = parts[1].lower().replace(" ", "_").replace("-", "_")
        by_label = {label.lower().replace(" ", "_"): value for value, label in PersonRole.choices}
        role = wanted if wanted in PersonRole.values else by_label.get(wanted, "")
        if not role:
            fail(f'"{parts[1]}" is not a role; use one of {ROLE_HELP}.', ExitStatus.BAD_INPUT)
    title = ", ".join(parts[2:]) if len(parts) > 2 else ""
    return {"name": name, "role": role, "title": title}


def _read_text_file(path: Path) -> tuple[str, bytes]:
    if not path.exists():
        fail(f"{path} does not exist.", ExitStatus.NOT_FOUND)
    if path.is_dir():
        fail(f"{path} is a folder; give a file.", ExitStatus.BAD_INPUT)
    return path.name, path.read_bytes()


@interview_app.command("add")
def add(
    company: str = typer.Option(..., help="The company's name."),
    role: str = typer.Option(..., help="The role you applied for."),
    round_: int = typer.Option(2, "--round", help="Which round this is."),
    date: str = typer.Option("", help="Date, YYYY-MM-DD."),
    time: str = typer.Option("", help="Time, HH:MM (24-hour)."),
    timezone: str = typer.Option(
        "UTC", "--timezone", "--tz", help="Time zone, e.g. Europe/London."
    ),
    format_: str = typer.Option("on_site", "--format", help="on_site, video or phone."),
    place: str = typer.Option("", help="Address or meeting link."),
    job_file: Path | None = typer.Option(None, help="Job description: .txt, .md, .pdf or .docx."),
    job_text: str = typer.Option("", help="Job description as text."),
    notes_file: Path | None = typer.Option(None, help="A text file of notes from earlier rounds."),
    person: list[str] = typer.Option(
        [], help=f'Someone you will meet: "Name, role, title" (role: {ROLE_HELP}). Repeatable.'
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the new interview as JSON."),
) -> None:
    """Add an interview.

    Example: [bold]secondround interview add --company Acme --role "Data analyst"
    --date 2026-12-03 --time 14:30 --tz Europe/London --person "Priya Shah, line manager"[/]
    """
    setup_django()
    from django.core.files.uploadedfile import SimpleUploadedFile

    from secondround.interviews.forms import InterviewInvalid, add_interview
    from secondround.services.exchange import interview_to_dict
    from secondround.services.users import local_user

    notes = ""
    if notes_file is not None:
        name, raw = _read_text_file(notes_file)
        from secondround.services.documents import extract_text

        notes = extract_text(name if Path(name).suffix else name + ".txt", raw)
    values = {
        "company": company,
        "role": role,
        "round": str(round_),
        "date": date,
        "time": time,
        "timezone": timezone,
        "format": format_,
        "place": place,
        "job_description": job_text,
        "notes": notes,
        "status": "preparing",
    }
    upload = None
    if job_file is not None:
        name, raw = _read_text_file(job_file)
        upload = SimpleUploadedFile(name, raw)
    try:
        interview = add_interview(
            local_user(), values, [_parse_person(p) for p in person], job_file=upload
        )
    except InterviewInvalid as exc:
        fail(_labelled(exc), ExitStatus.BAD_INPUT)
    if as_json:
        print_json({"id": interview.pk, **interview_to_dict(interview)})
    else:
        console.print(f"Added interview {interview.pk}: {safe(interview)}.")


def _labelled(problem: Any) -> str:
    """The problem, led by the option to fix: "--date: Enter a valid date."."""
    names = {"job_file": "--job-file", "job_description": "--job-text", "people": "--person"}
    field = problem.field
    if not field:
        return str(problem)
    return f"{names.get(field, '--' + field.replace('_', '-'))}: {problem}"


@interview_app.command("list")
def list_(
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """List your interviews, upcoming first.

    Example: [bold]secondround interview list --json[/]
    """
    setup_django()
    from django.utils import timezone as dj_timezone

    from secondround.services.exchange import interview_to_dict
    from secondround.services.users import local_user
    from secondround.services.workspace import cards_for, dashboard

    user, now = local_user(), dj_timezone.now()
    upcoming, past = dashboard(user, now)
    if as_json:
        # The dashboard lists past interviews by name and date only; a script is given what is
        # still unprepared for them too, as it always was (read in one batch).
        past = cards_for(user, [card.interview for card in past], now)
        print_json(
            [
                {
                    "id": card.interview.pk,
                    "upcoming": upcoming_card,
                    "countdown": card.countdown,
                    "unprepared": [item.key for item in card.todo],
                    **interview_to_dict(card.interview),
                }
                for upcoming_card, cards in ((True, upcoming), (False, past))
                for card in cards
            ]
        )
        return
    if not upcoming and not past:
        console.print("No interviews yet. Add one with [bold]secondround interview add[/].")
        return
    table = Table(title="Your interviews", show_lines=False)
    for column in ("ID", "Company", "Role", "Round", "When", "Still to prepare"):
        table.add_column(column)
    for card in upcoming + past:
        interview = card.interview
        start = interview.local_start
        when = f"{_when(interview, '%a %d %b %Y')} ({card.countdown})" if start else "no date"
        todo = ", ".join(item.label for item in card.todo) if card in upcoming else "past"
        table.add_row(
            str(interview.pk),
            safe(interview.company),
            safe(interview.role),
            str(interview.round),
            when,
            todo,
        )
    console.print(table)


def _when(interview: Any, day_format: str) -> str:
    """The local date and time, or the date and "time not set" when only a date was given."""
    start = interview.local_start
    return f"{start:{day_format}} {f'{start:%H:%M}' if interview.time_set else 'time not set'}"


def find_interview(interview_id: int) -> Any:
    from secondround.services.users import local_user
    from secondround.services.workspace import interviews_of

    interview = interviews_of(local_user()).filter(pk=interview_id).first()
    if interview is None:
        fail(
            f"There is no interview {interview_id}; see secondround interview list.",
            ExitStatus.NOT_FOUND,
        )
    return interview


@interview_app.command("show")
def show(
    interview_id: int = typer.Argument(..., help="The interview's ID (see interview list)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """Show one interview.

    Example: [bold]secondround interview show 1[/]
    """
    setup_django()
    from django.utils import timezone as dj_timezone

    from secondround.services.exchange import interview_to_dict
    from secondround.services.workspace import card_for

    interview = find_interview(interview_id)
    card = card_for(interview, dj_timezone.now())
    if as_json:
        print_json(
            {
                "id": interview.pk,
                "countdown": card.countdown,
                "unprepared": [item.key for item in card.todo],
                **interview_to_dict(interview),
            }
        )
        return
    start = interview.local_start
    console.print(
        f"[bold]{safe(interview.company)}[/] — {safe(interview.role)} (round {interview.round})"
    )
    if start:
        zone = f" {safe(interview.timezone)}" if interview.time_set else ""
        console.print(f"{_when(interview, '%A %d %B %Y,')}{zone} · {card.countdown}")
    console.print(
        f"Format: {interview.get_format_display()}  Place: {safe(interview.place) or '—'}"
    )
    for person in interview.people.all():
        console.print(f"  • {safe(person.name)} ({person.get_role_display()}) {safe(person.title)}")
    words = len(interview.job_description.split())
    console.print(f"Job description: {words} words · Notes: {len(interview.notes.split())} words")
    for item in card.checklist:
        mark = "[green]✓[/]" if item.done else "[yellow]○[/]"
        console.print(f"{mark} {safe(item.label)}")


@interview_app.command("delete")
def delete(
    interview_id: int = typer.Argument(..., help="The interview's ID (see interview list)."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Delete without asking."),
) -> None:
    """Delete an interview and everything kept with it (people, dry runs, debrief), for good.

    Example: [bold]secondround interview delete 3 --yes[/]
    """
    setup_django()
    from secondround.services.workspace import what_goes

    interview = find_interview(interview_id)
    goes = what_goes(interview)
    if not yes:
        if not sys.stdin.isatty():
            fail("Add --yes to delete without a prompt.", ExitStatus.BAD_INPUT)
        console.print("This removes, for good:")
        for item in goes:
            console.print(f"  • {safe(item)}", highlight=False)
        if not typer.confirm("Delete it? (secondround export FILE keeps a copy)"):
            console.print("Nothing deleted.")
            return  # Declining is an answer, not a failure: exit 0.
    name = str(interview)
    interview.delete()
    console.print(f"Deleted {safe(name)}, with: {safe('; '.join(goes[1:]) or 'nothing else')}.")
