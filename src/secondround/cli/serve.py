"""`secondround serve`: prepare the database, start the local web app and open the browser."""

from __future__ import annotations

import secrets
import threading
import webbrowser

import typer

from secondround.cli.app import app
from secondround.cli.django_setup import setup_django
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import console, fail

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
WARM_UP_AFTER_S = 1.5


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on. Keep 127.0.0.1 locally."),
    port: int = typer.Option(8000, min=0, max=65535, help="Port to listen on (0: any free)."),
    no_browser: bool = typer.Option(False, "--no-browser", help="Do not open a browser."),
    threads: int = typer.Option(8, min=1, max=64, help="Worker threads."),
) -> None:
    """Start secondround in your browser.

    Example: [bold]secondround serve --port 8765 --no-browser[/]
    """
    setup_django()
    from django.conf import settings
    from waitress.server import create_server

    from secondround.services.warmup import warm_up
    from secondround.web.wsgi import application

    token = secrets.token_urlsafe(24)
    settings.SECONDROUND_ACCESS_TOKEN = token
    try:
        server = create_server(application, host=host, port=port, threads=threads)
    except OSError as exc:
        if exc.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
            fail(
                f"Port {port} is already in use; stop the other program or choose another "
                "with --port.",
                ExitStatus.PORT_IN_USE,
            )
        fail(f"Cannot listen on {host}:{port}: {exc.strerror or exc}.", ExitStatus.ERROR)
    actual_port = server.effective_port
    shown_host = "127.0.0.1" if host in ("0.0.0.0", "") else host
    shown_host = f"[{shown_host}]" if ":" in shown_host else shown_host
    url = f"http://{shown_host}:{actual_port}/?token={token}"
    console.print(f"secondround is running at [bold]{url}[/]", soft_wrap=True)
    if host not in LOOPBACK:
        console.print(
            "[yellow]Listening beyond this computer: anyone who gets the link can open it.[/]"
        )
    console.print("Keep this window open; press Ctrl+C to stop.")
    # The data behind plans and coaching loads in the background, once the first page (the
    # dashboard) has had the one interpreter to itself.
    warm = threading.Timer(WARM_UP_AFTER_S, warm_up)
    warm.daemon = True
    warm.start()
    if not no_browser:
        threading.Timer(0.5, lambda: webbrowser.open(url)).start()
    try:
        server.run()
    except KeyboardInterrupt:
        console.print("Stopped.")
    finally:
        server.close()
