"""Start Django for a command: settings from the environment, the database migrated if needed."""

from __future__ import annotations

import os

from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import fail


def setup_django(migrate: bool = True) -> None:
    """Configure Django and bring the database schema up to date (quietly, keeping all data)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "secondround.web.settings")
    import django
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
