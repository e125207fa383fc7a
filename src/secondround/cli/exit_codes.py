"""Named exit statuses, so scripts can tell one failure from another."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    ERROR = 1
    # Typer/Click use 2 for a wrong command line; we keep that meaning.
    USAGE = 2
    BAD_INPUT = 3
    NOT_FOUND = 4
    BAD_IMPORT = 5
    PORT_IN_USE = 6
    NOTHING_TO_DO = 7
    # An optional part (pip install "secondround[voice]") is needed and not installed.
    NEEDS_EXTRA = 8
