"""`secondround export FILE` and `secondround import FILE`: all of your data in one JSON file."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import typer

from secondround.cli.app import app
from secondround.cli.django_setup import setup_django
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import console, fail, safe


@app.command("export")
def export(
    file: Path = typer.Argument(..., help="Where to write the JSON file, or - for stdout."),
) -> None:
    """Export all of your data to one JSON file.

    Example: [bold]secondround export ~/secondround-backup.json[/]
    """
    setup_django()
    from secondround.services.exchange import dumps, export_data
    from secondround.services.users import local_user

    data = export_data(local_user())
    text = dumps(data)
    if str(file) == "-":
        sys.stdout.write(text)
        return
    if file.is_dir():
        fail(f"{file} is a folder; give a file name.", ExitStatus.BAD_INPUT)
    if not file.parent.exists():
        fail(f"The folder {file.parent} does not exist.", ExitStatus.NOT_FOUND)
    # Write beside the target and rename, so a crash never leaves half a backup behind.
    fd, temp = tempfile.mkstemp(dir=file.parent, prefix=".secondround-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, file)
    console.print(f"Exported {len(data['interviews'])} interview(s) to {safe(file)}.")


@app.command("import")
def import_(
    file: Path = typer.Argument(..., help="A file written by secondround export, or - for stdin."),
) -> None:
    """Import a file written by [bold]secondround export[/]; a bad file changes nothing.

    Example: [bold]secondround import ~/secondround-backup.json[/]
    """
    if str(file) == "-":
        raw = sys.stdin.buffer.read()
    elif not file.exists():
        fail(f"{file} does not exist.", ExitStatus.NOT_FOUND)
    elif file.is_dir():
        fail(f"{file} is a folder; give the export file.", ExitStatus.BAD_INPUT)
    else:
        raw = file.read_bytes()
    setup_django()
    from secondround.services.exchange import ImportRefused, import_data, parse_export
    from secondround.services.users import local_user

    try:
        summary = import_data(local_user(), parse_export(raw))
    except ImportRefused as exc:
        fail(str(exc), ExitStatus.BAD_IMPORT)
    console.print(
        f"Imported {summary.created} new and {summary.updated} updated interview(s), "
        f"{summary.people} people."
    )
