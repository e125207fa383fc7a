"""`secondround debrief`: what the notes of an earlier round say, ready to prepare from."""

from __future__ import annotations

import typer
from rich.text import Text

from secondround.cli.app import app
from secondround.cli.inputs import Expected, InputError, read_input
from secondround.cli.output import console, fail, plain, print_json
from secondround.core.competencies import competency_label
from secondround.core.debrief import Debrief, read_debrief

NOTES = Expected(
    noun="notes",
    example="secondround debrief round-one.txt",
    too_big="give the notes of one interview at a time",
)
ROLE_LABELS = {
    "line_manager": "line manager",
    "senior_executive": "senior executive",
    "team_member": "team member",
    "current_holder": "current holder of the role",
    "hr": "HR",
    "other": "role not clear",
}


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
    try:
        text = read_input(source, NOTES)
    except InputError as exc:
        fail(str(exc), exc.status)
    found = read_debrief(text)
    if as_json:
        print_json(found.to_dict())
    else:
        show(found)


def show(found: Debrief) -> None:
    """The readable report: one short section per kind, each item with its own words."""
    _section(
        "Concerns they raised (prepare an answer to each)",
        [(c.text, competency_label(c.competency) if c.competency else "") for c in found.concerns],
    )
    _section("What you promised", [(p.text, "") for p in found.promises])
    _section(
        "What to practise (from your own notes on how it went)",
        [(p.text, f"you wrote: {p.evidence}") for p in found.practice_points],
    )
    if found.next_round:
        console.print("[bold]Next step[/]")
        console.print(Text(f"  {plain(found.next_round.text)}"))
        console.print()
    _section("What you learned (don't ask again)", [(f.text, f.category) for f in found.facts])
    _section("Topics discussed", [(t.text, "") for t in found.topics])
    _section("People", [(p.name, ROLE_LABELS.get(p.role, p.role)) for p in found.people])
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


def _section(title: str, rows: list[tuple[str, str]]) -> None:
    if not rows:
        return
    console.print(f"[bold]{title}[/]")
    for text, detail in rows:
        line = Text("  • ")
        line.append(plain(text))
        if detail:
            line.append(f"  ({plain(detail)})", style="dim")
        console.print(line)
    console.print()
