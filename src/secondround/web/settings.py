"""Django settings. Everything a user may change comes from the environment through config.py."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from importlib.util import find_spec
from pathlib import Path

from csp.constants import NONCE, NONE, SELF

from secondround.config import database, ensure_home, ensure_private_file, load_config

CONFIG = load_config()
ensure_home(CONFIG.home)

PACKAGE_DIR = Path(__file__).resolve().parent.parent

# A fresh key for every process, kept in memory only: what signs a session dies with the
# `serve` run that issued it, so a cookie copied from the browser is worthless after a restart.
SECRET_KEY = os.environ.get("SECONDROUND_SECRET_KEY", "").strip() or secrets.token_urlsafe(50)
DEBUG = CONFIG.debug
SECONDROUND_MODE = CONFIG.mode
# The sign-in link's token of a running local server; `secondround serve` sets it, and it
# works once (web/access.py).
SECONDROUND_ACCESS_TOKEN = ""
# Which server run this process is; a session is good only for the run that signed it in.
SECONDROUND_RUN_ID = secrets.token_hex(16)

ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", *CONFIG.allowed_hosts]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "secondround.interviews",
    "secondround.planning",
    "secondround.practice",
    "secondround.coaching",
    "secondround.stories",
    "secondround.asking",
    "secondround.salary",
    "secondround.dayof",
    "secondround.voice",
]

# Slow work (transcribing a recording) goes to Django's task queue: django-tasks, the backport of
# Django 6.0's tasks, on its database backend. Both come with the voice extra; `serve` runs a
# worker thread in local mode, and a hosted server runs `django-admin db_worker` processes.
if find_spec("django_tasks_db") is not None:
    INSTALLED_APPS += ["django_tasks", "django_tasks_db"]
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# The data folder, where recordings and the joined speech model live.
SECONDROUND_HOME = CONFIG.home

# The headers that protect a page (frames, CSP) sit above the privacy gate, so its own
# "this is private" page carries them too.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "secondround.web.busy.DatabaseBusyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "secondround.web.access.LocalAccessMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "secondround.web.urls"
WSGI_APPLICATION = "secondround.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "web" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
            ],
        },
    },
]

DATABASES = {"default": database(CONFIG.database_url)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    ensure_private_file(Path(DATABASES["default"]["NAME"]))
    # WAL lets the dashboard read while a save is being written; IMMEDIATE avoids lock upgrades.
    # A save waits up to 30 s for another writer (a big import) instead of failing at once.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [PACKAGE_DIR / "web" / "static"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# `serve` adds its port to both names, so two servers on one machine never share a cookie.
SESSION_COOKIE_NAME = "secondround_session"
CSRF_COOKIE_NAME = "secondround_csrftoken"
# Short-lived and renewed while in use (web/access.py renews it every few minutes of use); the
# cookie itself goes when the browser closes.
SESSION_COOKIE_AGE = int(timedelta(hours=8).total_seconds())
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
# Scripts only from our own files or inline with this response's nonce; the bars' widths are
# style attributes, which style-src-attr allows without allowing style elements.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF, "blob:"],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Let an over-long paste reach the form, which then says what is wrong in one sentence,
# instead of Django refusing the whole request with a bare 400 page.
DATA_UPLOAD_MAX_MEMORY_SIZE = 32 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 32 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django": {"handlers": ["console"], "level": "WARNING"}},
}
