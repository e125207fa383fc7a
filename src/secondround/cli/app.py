"""The `secondround` command: one Typer app, each command group in a module of its own."""

from __future__ import annotations

import sys

import typer

from secondround import __version__

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


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status (tests call this; the script calls run)."""
    _register()
    try:
        app(args=argv if argv is not None else sys.argv[1:], prog_name="secondround")
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    return 0


def run() -> None:
    """Entry point of the `secondround` script."""
    sys.exit(main())
