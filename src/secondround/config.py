"""Settings from the environment, in one place (read once, by the web settings and the CLI).

SECONDROUND_HOME          the data folder (default: the platform's user data folder)
SECONDROUND_DATABASE_URL  a database URL, e.g. postgresql://user:pass@host/db
                          (default: SQLite in HOME)
SECONDROUND_DEBUG         "1" shows Django's debug pages and CLI tracebacks (off by default)
SECONDROUND_MODE          "local" (one person, token link) or "hosted" (accounts, docs/hosting.md)
SECONDROUND_SECRET_KEY    Django's secret key (required in hosted mode); locally each run makes one
SECONDROUND_ALLOWED_HOSTS comma-separated host names the server answers to (hosted mode)
SECONDROUND_EMAIL_HOST    hosted mode: the SMTP server for sign-up and password mails (unset: the
                          mails are printed on the console, for trying it out); with
                          SECONDROUND_EMAIL_PORT (587), SECONDROUND_EMAIL_USER,
                          SECONDROUND_EMAIL_PASSWORD, SECONDROUND_EMAIL_TLS (1) and
                          SECONDROUND_EMAIL_FROM
SECONDROUND_REQUESTS_PER_MINUTE, SECONDROUND_UPLOADS_PER_DAY, SECONDROUND_AUDIO_MINUTES_PER_DAY
                          hosted mode's limits per account (120, 50 and 60 unless set)

A setting that cannot work raises ConfigError with one sentence saying which and why, before
anything is created or opened.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from secondround.core.errors import UserError

# Any other value stops `serve` and the hosted settings: a typo must never turn the privacy
# check off.
MODES = ("local", "hosted")
# Hosted processes share sessions, so they share a key, and it must be long enough to sign with.
MIN_SECRET_KEY_LENGTH = 50
DATABASE_SCHEMES = ("sqlite", "postgres", "postgresql", "pgsql")
# Hosted mode's limits per account (accounts/limits.py): name, its variable, and its default.
LIMITS = {
    "requests_per_minute": ("SECONDROUND_REQUESTS_PER_MINUTE", 120),
    "uploads_per_day": ("SECONDROUND_UPLOADS_PER_DAY", 50),
    # An hour of speech is a long day of practice (a story answer is about two minutes), and
    # keeps what one account can ask of the transcription workers to about 5 CPU-minutes a day.
    "audio_minutes_per_day": ("SECONDROUND_AUDIO_MINUTES_PER_DAY", 60),
}


class ConfigError(UserError, ValueError):
    """A setting from the environment that cannot work; the message is one sentence."""


@dataclass(frozen=True)
class Config:
    home: Path
    database_url: str
    debug: bool
    mode: str
    allowed_hosts: tuple[str, ...]
    secret_key: str = ""
    email: EmailConfig | None = None
    limits: dict[str, int] = field(default_factory=lambda: {k: d for k, (_, d) in LIMITS.items()})


@dataclass(frozen=True)
class EmailConfig:
    """Where hosted mode sends its mails; None in Config means the console."""

    host: str
    port: int
    user: str
    password: str = field(repr=False)
    use_tls: bool
    sender: str


def _email(env: os._Environ[str] | dict[str, str]) -> EmailConfig | None:
    host = env.get("SECONDROUND_EMAIL_HOST", "").strip()
    if not host:
        return None
    port_text = env.get("SECONDROUND_EMAIL_PORT", "587").strip() or "587"
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ConfigError(
            f"SECONDROUND_EMAIL_PORT ({port_text!r}) is not a port number; use 587 or 465."
        )
    return EmailConfig(
        host=host,
        port=int(port_text),
        user=env.get("SECONDROUND_EMAIL_USER", "").strip(),
        password=env.get("SECONDROUND_EMAIL_PASSWORD", ""),
        use_tls=_truthy(env.get("SECONDROUND_EMAIL_TLS", "1")),
        sender=env.get("SECONDROUND_EMAIL_FROM", "").strip() or f"secondround@{host}",
    )


def _limits(env: os._Environ[str] | dict[str, str]) -> dict[str, int]:
    limits = {}
    for name, (variable, default) in LIMITS.items():
        text = env.get(variable, "").strip()
        if text and (not text.isdigit() or int(text) < 1):
            raise ConfigError(
                f"{variable} ({text!r}) is not a whole number of at least 1; unset it for "
                f"{default}."
            )
        limits[name] = int(text) if text else default
    return limits


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
        secret_key=env.get("SECONDROUND_SECRET_KEY", "").strip(),
        email=_email(env),
        limits=_limits(env),
    )


def check_mode(mode: str) -> None:
    """Raise ConfigError unless the mode is one this version can run."""
    if mode not in MODES:
        raise ConfigError(
            f"SECONDROUND_MODE={mode!r} is not a mode secondround knows; unset it, or use "
            "local or hosted."
        )


def check_hosted(config: Config) -> None:
    """Raise ConfigError unless hosted mode has what several processes behind a proxy need."""
    if len(config.secret_key) < MIN_SECRET_KEY_LENGTH:
        raise ConfigError(
            "Hosted mode needs SECONDROUND_SECRET_KEY of at least "
            f"{MIN_SECRET_KEY_LENGTH} random characters, the same for every web process; "
            "make one with: python -c 'import secrets; print(secrets.token_urlsafe(50))'."
        )
    if not config.allowed_hosts:
        raise ConfigError(
            "Hosted mode needs SECONDROUND_ALLOWED_HOSTS, the host name(s) people will open, "
            "e.g. prep.example.org."
        )
    if config.debug:
        raise ConfigError(
            "SECONDROUND_DEBUG=1 shows code and settings on error pages; never use it in "
            "hosted mode."
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
