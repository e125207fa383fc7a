"""`secondround ask INTERVIEW`: three or four questions to ask each person you will meet."""

from __future__ import annotations

import typer
from rich.text import Text

from secondround.cli.app import app
from secondround.cli.django_setup import setup_django
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import console, fail, plain, print_json


@app.command()
def ask(
    interview_id: int = typer.Argument(..., help="The interview's ID (see interview list)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """The questions to ask each person you will meet, each with why; your pinned and
    reworded questions first (pin, edit and reorder them on the interview's "Questions to ask"
    page).

    Example: [bold]secondround ask 1[/]
    """
    setup_django()
    from secondround.cli.interviews import find_interview
    from secondround.services.asking import questions_by_person

    interview = find_interview(interview_id)
    people, left_out = questions_by_person(interview)
    if not people:
        fail(
            f"Interview {interview_id} has nobody to meet yet: add the people with their roles "
            "(Edit on the interview's page) to get questions for each.",
            ExitStatus.NOTHING_TO_DO,
        )
    if as_json:
        print_json(
            {
                "interview": interview.pk,
                "people": [
                    {
                        "name": p.person.name,
                        "role": p.person.role,
                        "heading": p.heading,
                        "questions": [row.to_dict() for row in p.rows],
                    }
                    for p in people
                ],
                "left_out": [item.to_dict() for item in left_out],
            }
        )
        return
    title = Text(f"Questions to ask at {plain(interview.company)} — {plain(interview.role)}")
    title.stylize("bold")
    console.print(title)
    for person in people:
        console.print()
        console.print(Text(plain(person.heading), style="bold"))
        for number, row in enumerate(person.rows, start=1):
            line = Text(f"  {number}. ")
            line.append(plain(row.text))
            if row.pinned:
                line.append("  (pinned)" if row.source != "own" else "  (your own)", style="dim")
            console.print(line)
            if row.why:
                console.print(Text(f"     Why: {plain(row.why)}", style="dim"))
    if left_out:
        console.print()
        console.print(Text("Left out, because your notes already answer them:", style="bold"))
        for item in left_out:
            line = Text(f"  • {plain(item.text)}")
            line.append(f"  (notes: “{plain(item.fact)}”)", style="dim")
            console.print(line)
