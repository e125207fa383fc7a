"""Django settings. Everything a user may change comes from the environment through config.py."""

from __future__ import annotations

import secrets
from datetime import timedelta
from importlib.util import find_spec
from pathlib import Path

from csp.constants import NONCE, NONE, SELF

from secondround.config import (
    ConfigError,
    check_hosted,
    check_mode,
    database,
    ensure_home,
    ensure_private_file,
    load_config,
)

try:
    CONFIG = load_config()
    ensure_home(CONFIG.home)
    # An unknown mode never starts a server (a typo must not open the door); hosted mode
    # starts only with what several processes behind a proxy need.
    check_mode(CONFIG.mode)
    if CONFIG.mode == "hosted":
        check_hosted(CONFIG)
except ConfigError as exc:
    # One sentence for the person starting the server, not a traceback.
    raise SystemExit(f"secondround: {exc}") from None

# Hosted mode: accounts instead of the one-time link (web/hosted.py, docs/hosting.md).
HOSTED = CONFIG.mode == "hosted"

PACKAGE_DIR = Path(__file__).resolve().parent.parent

# A fresh key for every process, kept in memory only: what signs a session dies with the
# `serve` run that issued it, so a cookie copied from the browser is worthless after a restart.
SECRET_KEY = CONFIG.secret_key or secrets.token_urlsafe(50)
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
    # Accounts for hosted mode. Installed in both modes, so one database serves either and the
    # test suite runs both; local mode routes no page to them.
    "allauth",
    "allauth.account",
    "secondround.accounts",
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
    # allauth insists on its middleware being present; in local mode no page of its is routed.
    "allauth.account.middleware.AccountMiddleware",
    "secondround.web.access.LocalAccessMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
# Hosted mode swaps the one-time link for accounts: a gate that sends anyone not signed in to
# the sign-in page, then the per-account limits.
HOSTED_MIDDLEWARE = [
    "secondround.web.hosted.HostedAccessMiddleware" if m.endswith("LocalAccessMiddleware") else m
    for m in MIDDLEWARE
] + ["secondround.accounts.limits.RequestLimitMiddleware"]

ROOT_URLCONF = "secondround.web.urls"
if HOSTED:
    MIDDLEWARE = HOSTED_MIDDLEWARE
    ROOT_URLCONF = "secondround.web.hosted_urls"
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
                "secondround.web.hosted.mode",
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
# Passwords (hosted mode): Argon2id first (web/passwords.py); the others only read older hashes.
PASSWORD_HASHERS = [
    "secondround.web.passwords.OwaspArgon2idHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Accounts (hosted mode): sign in with an email address that has been verified; one account per
# address. allauth's rate limits stay on, so many wrong passwords lock the address out for a
# while with a polite message, and sign-up or reset mails cannot be sent in bulk.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "secondround: "
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "change_email": "1/m/user",
}
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "account_login"

if CONFIG.email is None:
    # Mails are printed where the server runs: enough to try hosted mode on one machine.
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    DEFAULT_FROM_EMAIL = "secondround@localhost"
else:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = CONFIG.email.host
    EMAIL_PORT = CONFIG.email.port
    EMAIL_HOST_USER = CONFIG.email.user
    EMAIL_HOST_PASSWORD = CONFIG.email.password
    EMAIL_USE_TLS = CONFIG.email.use_tls and CONFIG.email.port != 465
    EMAIL_USE_SSL = CONFIG.email.port == 465
    EMAIL_TIMEOUT = 20
    DEFAULT_FROM_EMAIL = CONFIG.email.sender
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Per-user limits in hosted mode (accounts/limits.py); a person who hits one gets a polite page.
SECONDROUND_LIMITS = {"requests_per_minute": 120, "uploads_per_day": 50}

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

if HOSTED:
    # Behind an HTTPS proxy (docs/hosting.md): the proxy says the request came in over HTTPS.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # The sign-in limits count per client address: behind the proxy, that is the last address
    # the proxy appends to X-Forwarded-For, not the proxy's own.
    ALLAUTH_TRUSTED_PROXY_COUNT = 1
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = int(timedelta(days=365).total_seconds())
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in CONFIG.allowed_hosts]
    # Accounts stay signed in across browser restarts for two weeks, as people expect of a site.
    SESSION_EXPIRE_AT_BROWSER_CLOSE = False
    SESSION_COOKIE_AGE = int(timedelta(days=14).total_seconds())
    # Processes share state through the database only: sessions live there already, and the
    # cache (sign-in rate limits, requests a minute) does too (`createcachetable` makes it).
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "secondround_cache",
        }
    }

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
