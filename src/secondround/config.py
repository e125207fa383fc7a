"""Settings from the environment, in one place (read once, by the web settings and the CLI).

SECONDROUND_HOME          the data folder (default: the platform's user data folder)
SECONDROUND_DATABASE_URL  a database URL, e.g. postgresql://user:pass@host/db
                          (default: SQLite in HOME)
SECONDROUND_DEBUG         "1" turns Django's debug pages on (off by default)
SECONDROUND_MODE          "local" (one person, token link) or "hosted" (accounts; later)
SECONDROUND_SECRET_KEY    Django's secret key; by default one is made and kept in HOME
SECONDROUND_ALLOWED_HOSTS comma-separated host names the server answers to (hosted mode)
"""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs


@dataclass(frozen=True)
class Config:
    home: Path
    database_url: str
    debug: bool
    mode: str
    allowed_hosts: tuple[str, ...]

    @property
    def sqlite_path(self) -> Path:
        return self.home / "secondround.sqlite3"


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def load_config(environ: os._Environ[str] | dict[str, str] | None = None) -> Config:
    """Read the configuration from the environment (or the mapping given)."""
    env = os.environ if environ is None else environ
    home_value = env.get("SECONDROUND_HOME", "").strip()
    home = (
        Path(home_value).expanduser()
        if home_value
        else Path(platformdirs.user_data_dir("secondround", appauthor=False))
    )
    home = home.resolve()
    database_url = env.get("SECONDROUND_DATABASE_URL", "").strip()
    if not database_url:
        database_url = f"sqlite:///{home / 'secondround.sqlite3'}"
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


def ensure_home(home: Path) -> None:
    """Create the data folder readable by its owner only: interview notes and pay are private."""
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    # A folder the user pointed us at may sit on a file system without modes.
    with contextlib.suppress(OSError):
        home.chmod(0o700)


def secret_key(home: Path, environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """The Django secret key: from the environment, or made once and kept (mode 0600) in HOME."""
    env = os.environ if environ is None else environ
    given = env.get("SECONDROUND_SECRET_KEY", "").strip()
    if given:
        return given
    ensure_home(home)
    path = home / "secret_key"
    if path.exists():
        value = path.read_text(encoding="utf-8").strip()
        if value:
            return value
    value = secrets.token_urlsafe(50)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(value)
    return value
