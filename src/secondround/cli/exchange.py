"""`secondround export FILE` and `secondround import FILE`: all of your data in one JSON file."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

import typer

from secondround.cli.app import app
from secondround.cli.django_setup import setup_django
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import console, fail, safe

# Years of dry runs export to a few tens of megabytes; a file far bigger is not an export.
MAX_IMPORT_BYTES = 512 * 1024 * 1024


@app.command("export")
def export(
    file: Path = typer.Argument(..., help="Where to write the JSON file, or - for stdout."),
) -> None:
    """Export all of your data to one JSON file.

    Example: [bold]secondround export ~/secondround-backup.json[/]
    """
    setup_django()
    from secondround.services.exchange import write_export
    from secondround.services.users import local_user

    if str(file) == "-":
        write_export(local_user(), sys.stdout)
        return
    if file.is_dir():
        fail(f"{file} is a folder; give a file name.", ExitStatus.BAD_INPUT)
    if not file.parent.exists():
        fail(f"The folder {file.parent} does not exist.", ExitStatus.NOT_FOUND)
    # Write beside the target and rename, so a crash never leaves half a backup behind; the
    # file is readable by its owner only (mkstemp), as the data folder is.
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(dir=file.parent, prefix=".secondround-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            count = write_export(local_user(), handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, file)
    except OSError as exc:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        fail(f"Cannot write {file}: {exc.strerror or exc}.", ExitStatus.BAD_INPUT)
    console.print(f"Exported {count} interview(s) to {safe(file)}.")
    from secondround.voice.services import recordings_summary

    # Audio is left out of the JSON (it would dwarf it); the export says what stays behind.
    recordings, size = recordings_summary(local_user())
    if recordings:
        console.print(
            f"{recordings} recording(s) ({size / 1_000_000:.1f} MB) are not in the export; they "
            "stay in the data folder's recordings/ folder."
        )


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
    elif file.stat().st_size > MAX_IMPORT_BYTES:
        fail(
            f"{file} is over {MAX_IMPORT_BYTES // 1_048_576} MB, too big to be a secondround "
            "export.",
            ExitStatus.BAD_IMPORT,
        )
    else:
        try:
            raw = file.read_bytes()
        except OSError as exc:
            fail(f"Cannot read {file}: {exc.strerror or exc}.", ExitStatus.BAD_INPUT)
    setup_django()
    from django.db import DatabaseError

    from secondround.services.exchange import import_data, parse_export
    from secondround.services.users import local_user
    from secondround.web.busy import is_busy

    try:
        summary = import_data(local_user(), parse_export(raw))
    except DatabaseError as exc:
        # The import is one transaction, so a failure half-way has changed nothing.
        if is_busy(exc):
            fail(
                "The database stayed busy (secondround is saving elsewhere); nothing was "
                "imported, so try again in a moment.",
                ExitStatus.ERROR,
            )
        fail(f"The database refused the file ({exc}); nothing was imported.", ExitStatus.BAD_IMPORT)
    console.print(
        f"Imported {summary.created} new and {summary.updated} updated interview(s), "
        f"{summary.people} people."
    )
