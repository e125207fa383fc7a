"""Settings from the environment, in one place (read once, by the web settings and the CLI).

SECONDROUND_HOME          the data folder (default: the platform's user data folder)
SECONDROUND_DATABASE_URL  a database URL, e.g. postgresql://user:pass@host/db
                          (default: SQLite in HOME)
SECONDROUND_DEBUG         "1" shows Django's debug pages and CLI tracebacks (off by default)
SECONDROUND_MODE          "local" (one person, token link); hosted mode (accounts) comes later
SECONDROUND_SECRET_KEY    Django's secret key (hosted mode); locally each run makes its own
SECONDROUND_ALLOWED_HOSTS comma-separated host names the server answers to (hosted mode)

A setting that cannot work raises ConfigError with one sentence saying which and why, before
anything is created or opened.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from secondround.core.errors import UserError

# Only local mode exists so far. Any other value stops `serve`: a typo must never turn the
# privacy check off.
MODES = ("local",)
DATABASE_SCHEMES = ("sqlite", "postgres", "postgresql", "pgsql")


class ConfigError(UserError, ValueError):
    """A setting from the environment that cannot work; the message is one sentence."""


@dataclass(frozen=True)
class Config:
    home: Path
    database_url: str
    debug: bool
    mode: str
    allowed_hosts: tuple[str, ...]


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def _home(value: str) -> Path:
    if not value:
        return Path(platformdirs.user_data_dir("secondround", appauthor=False)).resolve()
    try:
        home = Path(value).expanduser().resolve()
    except (OSError, ValueError, RuntimeError) as exc:
        raise ConfigError(f"SECONDROUND_HOME ({value!r}) is not a usable folder name.") from exc
    if home.exists() and not home.is_dir():
        raise ConfigError(f"SECONDROUND_HOME ({home}) is a file, not a folder; choose a folder.")
    return home


def load_config(environ: os._Environ[str] | dict[str, str] | None = None) -> Config:
    """Read the configuration from the environment (or the mapping given)."""
    env = os.environ if environ is None else environ
    home = _home(env.get("SECONDROUND_HOME", "").strip())
    database_url = env.get("SECONDROUND_DATABASE_URL", "").strip()
    if not database_url:
        database_url = f"sqlite:///{home / 'secondround.sqlite3'}"
    database(database_url)  # refuse a bad URL now, in one sentence
    mode = env.get("SECONDROUND_MODE", "local").strip().lower() or "local"
    hosts = tuple(
        h.strip() for h in env.get("SECONDROUND_ALLOWED_HOSTS", "").split(",") if h.strip()
    )
    return Config(
        home=home,
        database_url=database_url,
        debug=_truthy(env.get("SECONDROUND_DEBUG")),
        mode=mode,
        allowed_hosts=hosts,
    )


def check_mode(mode: str) -> None:
    """Raise ConfigError unless the mode is one this version can run."""
    if mode == "hosted":
        raise ConfigError(
            "SECONDROUND_MODE=hosted is not available yet; unset it to run in local mode."
        )
    if mode not in MODES:
        raise ConfigError(
            f"SECONDROUND_MODE={mode!r} is not a mode secondround knows; unset it or use local."
        )


def database(url: str) -> dict[str, Any]:
    """Django's DATABASES entry for a URL, or ConfigError if the URL cannot hold the data."""
    import dj_database_url

    # The password must never appear in a message.
    scheme = urlsplit(url).scheme if "://" in url else ""
    if scheme not in DATABASE_SCHEMES:
        raise ConfigError(
            "SECONDROUND_DATABASE_URL must start with sqlite:/// or postgresql://; "
            f"{(scheme + '://') if scheme else 'the value given'} is not supported."
        )
    try:
        # Connections are kept between requests (serve's worker threads reuse theirs), checked
        # before each use.
        parsed: dict[str, Any] = dict(
            dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
        )
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise ConfigError(
            f"SECONDROUND_DATABASE_URL is not a valid {scheme} URL; check it for typos."
        ) from exc
    if parsed["ENGINE"] == "django.db.backends.sqlite3":
        name = str(parsed.get("NAME") or "")
        # sqlite:// is an in-memory database: everything would vanish when the program stops.
        if name in ("", ":memory:") or "mode=memory" in name:
            raise ConfigError(
                "SECONDROUND_DATABASE_URL points at an in-memory SQLite database, which keeps "
                "nothing; give a file, as in sqlite:////home/me/secondround.sqlite3."
            )
    elif not parsed.get("NAME"):
        raise ConfigError("SECONDROUND_DATABASE_URL names no database; add /name at its end.")
    return parsed


def ensure_home(home: Path) -> None:
    """Create the data folder readable by its owner only: interview notes and pay are private.

    A folder that already exists is the user's choice and keeps its permissions; the files
    secondround makes inside it are still readable by their owner only.
    """
    try:
        if not home.exists():
            home.mkdir(parents=True, mode=0o700)
    except OSError as exc:
        raise ConfigError(
            f"Cannot create the data folder {home} ({exc.strerror or exc}); "
            "set SECONDROUND_HOME to a folder you can write to."
        ) from exc
    if not os.access(home, os.W_OK | os.X_OK):
        raise ConfigError(
            f"The data folder {home} is not writable; set SECONDROUND_HOME to a folder you can "
            "write to."
        )


def ensure_private_file(path: Path) -> None:
    """Create the file (mode 0600) if it does not exist yet, so SQLite never makes it with the
    default, world-readable mode; SQLite gives its -wal and -shm files the same mode."""
    if not path.parent.is_dir():
        raise ConfigError(
            f"The folder {path.parent} for the database does not exist; create it first."
        )
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise ConfigError(
            f"Cannot create the database {path} ({exc.strerror or exc}); choose a folder you "
            "can write to."
        ) from exc
    os.close(fd)
