"""The one error contract: every refusal a person can act on is a `UserError`.

A `UserError` carries one sentence saying what is wrong and what to do, and is raised before
anything stored is touched. The web pages show that sentence beside the form; the command line
prints it on stderr and exits with the status its kind maps to (the table in `cli/app.py`).
"""

from __future__ import annotations


class UserError(Exception):
    """Something the person can put right, told in one sentence; nothing stored has changed."""


class NotFoundError(UserError):
    """What the person named (an interview, a story, a file) is not there."""


class RefusedImportError(UserError):
    """A file offered for import (an export, a salary table) was refused as a whole."""


class DamagedDataError(UserError):
    """A data file shipped with the package is missing or malformed: a packaging fault."""
