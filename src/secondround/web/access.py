"""Keep a local server private to the person who started it.

A local server listens on loopback, which every account on the machine can reach. So, as notebook
servers do, `secondround serve` makes a fresh random token and prints a link carrying it. The link
works once: opening it signs that browser in (a session cookie) and drops the token from the
address bar. The session is good only for the `serve` run that issued it (each run also signs
sessions with a fresh key), lasts a few hours and is renewed while in use. Any other request gets
a short page saying where to find the link.

The check runs whatever SECONDROUND_MODE says: until hosted mode (accounts) exists, a mistyped
mode must not open the door (`serve` refuses to start with one, too).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import login, logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string

from secondround.services.users import local_user

TOKEN_PARAMETER = "token"
RUN_KEY = "secondround_run"
RENEWED_KEY = "secondround_renewed"
# Renewing writes the session, so do it every few minutes of use rather than on every request.
RENEW_EVERY_S = 300

_spending = threading.Lock()


def spend_token(offered: str) -> bool:
    """True, once, for the token `serve` printed; after that the link signs nobody in."""
    with _spending:
        expected = settings.SECONDROUND_ACCESS_TOKEN
        if not (offered and expected and secrets.compare_digest(offered, expected)):
            return False
        settings.SECONDROUND_ACCESS_TOKEN = ""
        return True


def _signed_in(request: HttpRequest) -> bool:
    if not request.user.is_authenticated:
        return False
    if request.session.get(RUN_KEY) == settings.SECONDROUND_RUN_ID:
        return True
    # Signed in by another run of the server: not good here.
    logout(request)
    return False


def _renew(request: HttpRequest) -> None:
    now = int(time.time())
    if now - int(request.session.get(RENEWED_KEY, 0)) >= RENEW_EVERY_S:
        # A changed session is saved with a fresh expiry date.
        request.session[RENEWED_KEY] = now


def _without_token(request: HttpRequest) -> HttpResponseRedirect:
    rest = request.GET.copy()
    rest.pop(TOKEN_PARAMETER)
    query = urlencode(rest, doseq=True)
    return HttpResponseRedirect(request.path + (f"?{query}" if query else ""))


def _locked(request: HttpRequest, link_used: bool) -> HttpResponse:
    body = render_to_string("locked.html", {"link_used": link_used}, request=request)
    return HttpResponse(body, status=403)


class LocalAccessMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        offered = request.GET.get(TOKEN_PARAMETER, "")
        if offered:
            if spend_token(offered):
                login(request, local_user(), backend="django.contrib.auth.backends.ModelBackend")
                request.session[RUN_KEY] = settings.SECONDROUND_RUN_ID
                request.session[RENEWED_KEY] = int(time.time())
                return _without_token(request)
            if _signed_in(request):
                # The same browser opening the link again: nothing to do but tidy the address.
                return _without_token(request)
            return _locked(request, link_used=True)
        if _signed_in(request):
            _renew(request)
            return self.get_response(request)
        if request.path.startswith(settings.STATIC_URL):
            return self.get_response(request)
        return _locked(request, link_used=False)
