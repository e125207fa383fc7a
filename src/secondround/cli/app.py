"""The `secondround` command: one Typer app, each command group in a module of its own.

The modules are listed in `secondround.cli.commands` and imported only when their command runs.
"""

from __future__ import annotations

import importlib
import os
import sys
from difflib import get_close_matches
from typing import Any

import typer
import typer.main
from typer.core import TyperGroup

from secondround import __version__
from secondround.cli.commands import COMMANDS

# Set in the context while the root help lists the commands, so listing imports none of them.
_LISTING = "secondround.listing"


class LazyGroup(TyperGroup):
    """The root command: a command's module is imported when that command is asked for."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(dict.fromkeys([*COMMANDS, *self.commands]))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            if ctx.meta.get(_LISTING):
                return typer.core.TyperCommand(cmd_name, help=COMMANDS[cmd_name].summary)
            self._load(COMMANDS[cmd_name].module)
        return self.commands.get(cmd_name)

    def _load(self, module: str) -> None:
        importlib.import_module(module)
        # The module has registered its commands on the Typer app; build them as Click does.
        built = typer.main.get_command(app)
        for name, command in getattr(built, "commands", {}).items():
            self.commands.setdefault(name, command)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        ctx.meta[_LISTING] = True
        try:
            super().format_help(ctx, formatter)
        finally:
            ctx.meta.pop(_LISTING, None)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        # Typer suggests close names from the commands loaded so far; suggest from all of them.
        if args and not args[0].startswith("-") and args[0] not in self.list_commands(ctx):
            matches = get_close_matches(args[0], self.list_commands(ctx))
            if matches:
                suggestions = ", ".join(repr(m) for m in matches)
                ctx.fail(f"No such command {args[0]!r}. Did you mean {suggestions}?")
        return super().resolve_command(ctx, args)


app = typer.Typer(
    name="secondround",
    cls=LazyGroup,
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
    """Import every command module (for checks over all commands; running one needs none)."""
    for module in dict.fromkeys(entry.module for entry in COMMANDS.values()):
        importlib.import_module(module)


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status (tests call this; the script calls run).

    Every refusal reaches the person as one sentence on stderr; SECONDROUND_DEBUG=1 shows the
    traceback instead, for a developer chasing a damaged data file.
    """
    try:
        app(args=argv if argv is not None else sys.argv[1:], prog_name="secondround")
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except Exception as error:
        # Imported on the way out, so `--version` and `--help` load no core module.
        from secondround.cli.errors import exit_status
        from secondround.cli.output import say_error
        from secondround.core.errors import UserError

        debug = os.environ.get("SECONDROUND_DEBUG", "").strip().lower() in {
            "1",
            "true",
            "yes",
            "on",
        }
        if not isinstance(error, UserError) or debug:
            raise
        say_error(str(error))
        return int(exit_status(error))
    return 0


def run() -> None:
    """Entry point of the `secondround` script."""
    sys.exit(main())
