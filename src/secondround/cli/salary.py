"""`secondround salary "TITLE"`: what an occupation pays; `secondround salary update FILE`:
use a newer official table (OEWS national or ASHE Table 14) from now on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer
from rich.table import Table
from rich.text import Text

from secondround.cli.app import app
from secondround.cli.django_setup import setup_django
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import console, fail, plain, print_json


@app.command()
def salary(
    words: list[str] = typer.Argument(
        ..., metavar='"TITLE" | update FILE', help='A job title, or "update" and a file.'
    ),
    country: str = typer.Option("uk", "--country", "-c", help="us or uk."),
    code: str = typer.Option(
        "", "--code", help="Use this occupation code instead of the best match (see the list)."
    ),
    when: str = typer.Option(
        "",
        "--date",
        help="With update: the month the file describes, YYYY-MM, if its name does not say.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """What a job pays: the occupation a title matches (and the nearest others), the 10th to
    90th percentiles of annual pay, the data's date and age, source and credit.

    Example: [bold]secondround salary "Data analyst" --country uk[/]

    With [bold]update[/], import a newer official table you downloaded: the BLS OEWS national
    file (national_M2025_dl.xlsx) or ONS ASHE Table 14.7a (.xlsx or .csv). Pages and commands
    use it from then on.

    Example: [bold]secondround salary update national_M2025_dl.xlsx[/]
    """
    if words[0] == "update" and len(words) == 2:
        _update(Path(words[1]), when)
        return
    if when:
        fail(
            "--date goes with update: secondround salary update FILE --date YYYY-MM.",
            ExitStatus.USAGE,
        )
    title = plain(" ".join(words))
    if country not in ("us", "uk"):
        fail(f"{country!r} is not a country with data; use us or uk.", ExitStatus.USAGE)
    setup_django()
    from secondround.core.salary import data_age, lookup
    from secondround.services.salary import current_table

    table = current_table("us" if country == "us" else "uk")
    found = lookup(title, table.country, table, code or None)
    occupation = found.occupation
    if occupation is None:
        nearest = "; ".join(f"{m.title} ({m.code})" for m in found.match.alternatives[:3])
        fail(
            f"No occupation matches “{title}”"
            + (f"; the nearest are: {nearest}. Pick one with --code." if nearest else "."),
            ExitStatus.BAD_INPUT,
        )
    age = data_age(table.reference_date, date.today())
    if as_json:
        print_json(
            {
                "query": title,
                "occupation": occupation.to_dict(),
                "matched": found.match.best.to_dict() if found.match.best else None,
                "alternatives": [
                    m.to_dict() for m in found.candidates if m.code != occupation.code
                ],
                "table": table.meta(),
                "age": age,
            }
        )
        return
    head = Text(f"{plain(occupation.title)} ({occupation.code})", style="bold")
    console.print(head)
    if found.match.best and not code:
        console.print(Text(f"Matched “{plain(title)}” to “{found.match.best.via}”.", style="dim"))
    grid = Table(show_header=True)
    for p in (10, 25, 50, 75, 90):
        grid.add_column(f"P{p}" if p != 50 else "Median", justify="right")
    grid.add_row(*(table.describe(occupation.percentile(p)) for p in (10, 25, 50, 75, 90)))
    console.print(grid)
    place = "United States" if table.country == "us" else "United Kingdom"
    console.print(
        Text(
            f"Annual pay, {table.currency}, {place}. "
            f"Figures for {table.reference_label}: they are {age}."
        )
    )
    others = [m for m in found.candidates if m.code != occupation.code]
    if others:
        console.print()
        console.print(
            Text("Not the right occupation? The nearest others (use --code):", style="bold")
        )
        for m in others:
            console.print(Text(f"  {m.code}  {plain(m.title)}"))
    console.print()
    console.print(Text(f"Source: {table.source}.", style="dim"))
    console.print(Text(f"Credit: {table.credit}", style="dim"))


def _update(path: Path, when: str) -> None:
    if not path.exists():
        fail(f"{path} does not exist.", ExitStatus.NOT_FOUND)
    if path.is_dir():
        fail(f"{path} is a folder; give the table's file.", ExitStatus.BAD_INPUT)
    reference = None
    if when:
        try:
            year, month = (int(part) for part in when.split("-"))
            reference = date(year, month, 1)
        except ValueError:
            fail(
                f"{when!r} is not a month; write it as YYYY-MM, such as 2025-05.", ExitStatus.USAGE
            )
    setup_django()
    from secondround.services.salary import import_table

    table = import_table(path.name, path.read_bytes(), reference)
    console.print(
        Text(
            f"Imported {table.reference_label} figures for the "
            f"{'United States' if table.country == 'us' else 'United Kingdom'} from {path.name}: "
            f"{len(table.occupations)} occupations. Salary pages and commands now use them."
        )
    )
