"""`secondround job analyse`: the competencies, key terms and tools a job advert asks for."""

from __future__ import annotations

import typer
from rich.table import Table
from rich.text import Text

from secondround.cli.app import app
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.inputs import JOB, read_input
from secondround.cli.output import console, fail, plain, print_json, safe
from secondround.core.competencies import competency_label
from secondround.core.jobs import JobProfile, analyse_job

job_app = typer.Typer(help="Read a job advert.", no_args_is_help=True)
app.add_typer(job_app, name="job")


@job_app.command("analyse")
def analyse(
    source: str = typer.Argument(
        "-", metavar="[FILE|-]", help="The advert: .txt, .md, .pdf or .docx, or - for stdin."
    ),
    title: str = typer.Option(
        "", "--title", "-t", help="The job's title, if the advert's first line is not it."
    ),
    as_json: bool = typer.Option(
        False, "--json", help="Print the result as JSON (see docs/jobs-and-notes.md)."
    ),
) -> None:
    """What a job advert asks for: competencies weighted 1-3 with the words that show them,
    key terms, named tools, and the matching O*NET occupation. An advert not in English is
    refused (exit 3); one far too long, or asking for no behaviour in words, gets a note.

    Example: [bold]secondround job analyse advert.pdf --title "Store Manager"[/]
    or [bold]pbpaste | secondround job analyse - --json[/]
    """
    text = read_input(source, JOB)
    profile = analyse_job(text, title=title or None)
    if not profile.english:
        fail(profile.notes[0], ExitStatus.BAD_INPUT)
    if as_json:
        print_json(profile.to_dict())
    else:
        show(profile)


def show(profile: JobProfile) -> None:
    """The readable report: competencies as a table, then key terms, tools and occupation."""
    if profile.occupation:
        occupation = profile.occupation
        console.print(
            f"[bold]Occupation:[/] {safe(occupation.title)} (O*NET {occupation.code}, "
            f"match {occupation.score}/100)"
        )
    else:
        console.print("[bold]Occupation:[/] no O*NET occupation matches the title")
    if profile.competencies:
        table = Table(title="Competencies", title_justify="left", show_lines=False)
        table.add_column("Weight", justify="center")
        table.add_column("Competency")
        table.add_column("Evidence")
        for item in profile.competencies:
            evidence = Text(plain(item.evidence), style="italic" if item.source == "ad" else "dim")
            table.add_row("●" * item.weight, competency_label(item.name), evidence)
        console.print(table)
    else:
        console.print("No competencies named in the advert.")
    console.print(f"[bold]Key terms:[/] {safe(', '.join(profile.keywords)) or 'none'}")
    console.print(f"[bold]Tools:[/] {safe(', '.join(profile.tools)) or 'none named'}")
    for note in profile.notes:
        console.print(f"[bold]Note:[/] {safe(note)}")
