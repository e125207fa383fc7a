"""`secondround serve`: prepare the database, start the local web app and open the browser."""

from __future__ import annotations

import ipaddress
import secrets
import sys
import threading
import webbrowser
from typing import Any

import typer

from secondround.cli.app import app
from secondround.cli.django_setup import setup_django
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import console, fail, safe

WARM_UP_AFTER_S = 1.5


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def random_loopback() -> str:
    """A random address in 127.0.0.0/8 (Linux answers on all of them), else 127.0.0.1.

    Browsers keep cookies per host name, not per port: another program listening on 127.0.0.1
    would receive a cookie set for 127.0.0.1, but never one set for 127.83.12.7.
    """
    if not sys.platform.startswith("linux"):
        return "127.0.0.1"
    rng = secrets.SystemRandom()
    return f"127.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"


def _listen(host: str | None, port: int, threads: int) -> Any:
    from waitress.server import create_server

    from secondround.web.wsgi import application

    chosen = host or random_loopback()
    try:
        return create_server(application, host=chosen, port=port, threads=threads)
    except ValueError:
        # waitress's answer to a host that is no address and no name it can look up.
        fail(f"Cannot listen on {chosen!r}: it is not an address or a host name.", ExitStatus.USAGE)
    except OSError as exc:
        if exc.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
            fail(
                f"Port {port} is already in use; stop the other program or choose another "
                "with --port.",
                ExitStatus.PORT_IN_USE,
            )
        if host is None and chosen != "127.0.0.1":
            # Some systems answer on 127.0.0.1 alone.
            return _listen("127.0.0.1", port, threads)
        fail(f"Cannot listen on {chosen}:{port}: {exc.strerror or exc}.", ExitStatus.ERROR)


@app.command()
def serve(
    host: str | None = typer.Option(
        None,
        help="Address to listen on (default: a random loopback address such as 127.83.12.7 on "
        "Linux, 127.0.0.1 elsewhere). Keep it on loopback locally.",
    ),
    port: int = typer.Option(8000, min=0, max=65535, help="Port to listen on (0: any free)."),
    no_browser: bool = typer.Option(False, "--no-browser", help="Do not open a browser."),
    threads: int = typer.Option(8, min=1, max=64, help="Worker threads."),
) -> None:
    """Start secondround in your browser.

    Example: [bold]secondround serve --port 8765 --no-browser[/]
    """
    from secondround.config import check_mode, load_config

    mode = load_config().mode
    check_mode(mode)
    if mode == "hosted":
        # `serve` is the one-person server with its one-time link; many accounts need the
        # web tier of docs/hosting.md (several processes behind an HTTPS proxy).
        fail(
            "SECONDROUND_MODE=hosted runs under gunicorn behind an HTTPS proxy, not with "
            "`secondround serve`; see docs/hosting.md, or unset it for local mode.",
            ExitStatus.BAD_INPUT,
        )
    setup_django()
    from django.conf import settings
    from django.core.management import call_command

    from secondround.services.warmup import warm_up

    # Sessions of earlier runs are worthless (each run signs with its own key); clear the
    # expired ones so they do not pile up.
    call_command("clearsessions")
    server = _listen(host, port, threads)
    actual_host, actual_port = str(server.effective_host), int(server.effective_port)
    shown_host = "127.0.0.1" if actual_host in ("0.0.0.0", "", "::") else actual_host
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, shown_host]
    # A cookie name per port: two servers on one machine never overwrite each other's cookie.
    settings.SESSION_COOKIE_NAME = f"secondround_session_{actual_port}"
    settings.CSRF_COOKIE_NAME = f"secondround_csrftoken_{actual_port}"
    token = secrets.token_urlsafe(24)
    settings.SECONDROUND_ACCESS_TOKEN = token
    shown_host = f"[{shown_host}]" if ":" in shown_host else shown_host
    url = f"http://{shown_host}:{actual_port}/?token={token}"
    console.print(f"secondround is running at [bold]{safe(url)}[/]", soft_wrap=True)
    console.print("The link signs one browser in, once.")
    if not is_loopback(actual_host):
        console.print(
            "[yellow]Listening beyond this computer: anyone who gets the link can open it.[/]"
        )
    console.print("Keep this window open; press Ctrl+C to stop.")
    # The data behind plans and coaching loads in the background, once the first page (the
    # dashboard) has had the one interpreter to itself.
    warm = threading.Timer(WARM_UP_AFTER_S, warm_up)
    warm.daemon = True
    warm.start()
    from secondround.voice.worker import start_worker

    # Recordings are transcribed on the task queue; locally its worker runs inside serve.
    start_worker()
    if not no_browser:
        threading.Timer(0.5, lambda: webbrowser.open(url)).start()
    try:
        server.run()
    except KeyboardInterrupt:
        console.print("Stopped.")
    finally:
        server.close()
