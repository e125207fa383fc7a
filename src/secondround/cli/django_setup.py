"""Start Django for a command: settings from the environment, the database migrated if needed."""

from __future__ import annotations

import os

from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import fail

SETTINGS_PREFIX = "secondround: "


def setup_django(migrate: bool = True, hosted: bool = False) -> None:
    """Configure Django and bring the database schema up to date (quietly, keeping all data).

    A setting that cannot work (a bad SECONDROUND_HOME or database URL) or a database that
    cannot be opened ends the command with one sentence, never a traceback. `hosted=True` lets
    a command serve hosted mode too (the task worker); there the web tier migrates the shared
    database, so the command only checks that it has been.
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "secondround.web.settings")
    import django
    from django.core.exceptions import ImproperlyConfigured
    from django.db.utils import OperationalError

    try:
        django.setup()
    except SystemExit as exc:
        # The settings refuse a setting that cannot work with one sentence (web/settings.py).
        message = str(exc.code)
        if not message.startswith(SETTINGS_PREFIX):
            raise
        fail(message.removeprefix(SETTINGS_PREFIX), ExitStatus.BAD_INPUT)
    from django.conf import settings

    in_hosted_mode = settings.SECONDROUND_MODE == "hosted"
    if in_hosted_mode and not hosted:
        # The commands act for local mode's one person; in a database of many accounts they
        # would make a stray "local" owner instead.
        fail(
            "The secondround commands work on local mode's data; with SECONDROUND_MODE=hosted "
            "each person uses the web pages, and an admin uses python -m django.",
            ExitStatus.BAD_INPUT,
        )
    if not migrate:
        return
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    try:
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if pending and in_hosted_mode:
            # Several processes on several machines share the database: one of them, the web
            # unit, migrates it (docs/hosting.md), never a worker racing it.
            fail(
                "The hosted database is not migrated to this version yet; start the web tier "
                "(secondround-web.service migrates it) or run python -m django migrate, then "
                "start this again.",
                ExitStatus.ERROR,
            )
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
