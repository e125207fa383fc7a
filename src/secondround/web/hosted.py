"""Hosted mode's gate: every page needs a signed-in account, except the account pages themselves.

Local mode keeps its one-time link (web/access.py). In hosted mode allauth signs people in; this
middleware sends anyone else to the sign-in page, and answers a request from a session whose
account was deleted the same way (Django's auth already treats that session as signed out).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse

# Pages open to anyone: signing up and in, verifying an email, resetting a password. An
# invitation link sends a signed-out person to sign in first, then back (accounts/views.py).
OPEN_PREFIXES = ("/accounts/",)


def is_hosted() -> bool:
    return bool(settings.SECONDROUND_MODE == "hosted")


class HostedAccessMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            return self.get_response(request)
        if request.path.startswith(OPEN_PREFIXES) or request.path.startswith(settings.STATIC_URL):
            return self.get_response(request)
        return redirect_to_login(request.get_full_path())


def mode(request: HttpRequest) -> dict[str, object]:
    """Template context: whether pages speak of accounts (hosted) or of this computer (local)."""
    return {"hosted": is_hosted()}
