"""The one exit-status table of the command line: each kind of refusal and the status it ends
with. `cli.app.main` turns every `UserError` a command raises into its sentence and this status."""

from __future__ import annotations

from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import CommandError
from secondround.core.errors import (
    DamagedDataError,
    NotFoundError,
    RefusedImportError,
    UserError,
)

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
