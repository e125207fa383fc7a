"""`secondround debrief`: what the notes of an earlier round say, ready to prepare from."""

from __future__ import annotations

import typer
from rich.text import Text

from secondround.cli.app import app
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.inputs import Expected, read_input
from secondround.cli.output import console, fail, plain, print_json
from secondround.core.competencies import competency_label
from secondround.core.debrief import HEADINGS, Debrief, read_debrief
from secondround.core.roles import role_in_sentence

NOTES = Expected(
    noun="notes",
    example="secondround debrief round-one.txt",
    too_big="give the notes of one interview at a time",
)


@app.command()
def debrief(
    source: str = typer.Argument(
        "-", metavar="[FILE|-]", help="Your notes: .txt, .md, .pdf or .docx, or - for stdin."
    ),
    as_json: bool = typer.Option(
        False, "--json", help="Print the result as JSON (see docs/jobs-and-notes.md)."
    ),
) -> None:
    """Read your notes of an earlier round: the concerns to answer, what you promised, the
    topics, what you learned about the job, the people, and the next step.

    Example: [bold]secondround debrief round-one-notes.txt[/]
    or [bold]secondround debrief - --json < notes.md[/]
    """
    text = read_input(source, NOTES)
    found = read_debrief(text)
    if found.note:
        fail(found.note, ExitStatus.BAD_INPUT)
    if as_json:
        print_json(found.to_dict())
    else:
        show(found)


def show(found: Debrief) -> None:
    """The readable report: one short section per kind, each item with its own words."""
    _section(
        "concerns",
        [(c.text, competency_label(c.competency) if c.competency else "") for c in found.concerns],
    )
    _section("promises", [(p.text, "") for p in found.promises])
    _section(
        "practice_points", [(p.text, f"you wrote: {p.evidence}") for p in found.practice_points]
    )
    if found.next_round:
        _section("next_round", [(found.next_round.text, "")])
    _section("people", [(p.name, role_in_sentence(p.role)) for p in found.people])
    _section("facts", [(f.text, f.category) for f in found.facts])
    _section("topics", [(t.text, "") for t in found.topics])
    if not any(
        (
            found.concerns,
            found.promises,
            found.facts,
            found.topics,
            found.people,
            found.practice_points,
        )
    ):
        console.print("Nothing to prepare from these notes: no concerns, promises or facts found.")


def _section(kind: str, rows: list[tuple[str, str]]) -> None:
    if not rows:
        return
    heading, purpose = HEADINGS[kind]
    console.print(f"[bold]{heading}[/] [dim]{purpose}[/]")
    for text, detail in rows:
        line = Text("  • ")
        line.append(plain(text))
        if detail:
            line.append(f"  ({plain(detail)})", style="dim")
        console.print(line)
    console.print()
