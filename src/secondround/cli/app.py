"""The `secondround` command: one Typer app, each command group in a module of its own."""

from __future__ import annotations

import os
import sys

import typer

from secondround import __version__
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import CommandError, say_error
from secondround.core.errors import (
    DamagedDataError,
    NotFoundError,
    RefusedImportError,
    UserError,
)

app = typer.Typer(
    name="secondround",
    help="Get ready for a second-round job interview, offline and private.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"secondround {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Get ready for a second-round job interview, offline and private."""


def _register() -> None:
    # Imported here so `secondround --help` stays quick and each module owns its commands.
    from secondround.cli import commands  # noqa: F401


# The one exit-status table: each kind of refusal and the status it ends with, the first that
# fits winning. A refusal the command line finds itself (`fail`) carries its own status.
EXIT_STATUSES: tuple[tuple[type[UserError], ExitStatus], ...] = (
    (RefusedImportError, ExitStatus.BAD_IMPORT),
    (NotFoundError, ExitStatus.NOT_FOUND),
    (DamagedDataError, ExitStatus.ERROR),
    (UserError, ExitStatus.BAD_INPUT),
)


def exit_status(error: UserError) -> ExitStatus:
    """The status a command ends with when it refuses with `error`."""
    if isinstance(error, CommandError):
        return error.status
    return next(status for kind, status in EXIT_STATUSES if isinstance(error, kind))


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status (tests call this; the script calls run).

    Every refusal reaches the person as one sentence on stderr; SECONDROUND_DEBUG=1 shows the
    traceback instead, for a developer chasing a damaged data file.
    """
    _register()
    try:
        app(args=argv if argv is not None else sys.argv[1:], prog_name="secondround")
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except UserError as error:
        if os.environ.get("SECONDROUND_DEBUG", "").strip().lower() in {"1", "true", "yes", "on"}:
            raise
        say_error(str(error))
        return int(exit_status(error))
    return 0


def run() -> None:
    """Entry point of the `secondround` script."""
    sys.exit(main())
