"""Start Django for a command: settings from the environment, the database migrated if needed."""

from __future__ import annotations

import os

from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import fail


def setup_django(migrate: bool = True) -> None:
    """Configure Django and bring the database schema up to date (quietly, keeping all data).

    A setting that cannot work (a bad SECONDROUND_HOME or database URL) or a database that
    cannot be opened ends the command with one sentence, never a traceback.
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "secondround.web.settings")
    import django
    from django.core.exceptions import ImproperlyConfigured
    from django.db.utils import OperationalError

    django.setup()
    if not migrate:
        return
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    try:
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if pending:
            call_command("migrate", interactive=False, verbosity=0)
    except OperationalError as exc:
        fail(f"Cannot open the database: {exc}.", ExitStatus.ERROR)
    except ImproperlyConfigured as exc:
        # Most often: a PostgreSQL URL without the driver installed.
        if "psycopg" in str(exc):
            fail(
                "A PostgreSQL database needs its driver: pip install 'secondround[postgres]'.",
                ExitStatus.BAD_INPUT,
            )
        fail(f"The database settings cannot work: {exc}.", ExitStatus.BAD_INPUT)
