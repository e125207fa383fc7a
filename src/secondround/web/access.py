"""Keep a local server private to the person who started it.

A local server listens on 127.0.0.1, which every account on the machine can reach. So, as notebook
servers do, `secondround serve` makes a fresh random token and prints a link carrying it. Opening
that link signs the browser in (a session cookie) and drops the token from the address bar; any
request without the cookie or the token gets a short page saying where to find the link.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string

from secondround.services.users import local_user

TOKEN_PARAMETER = "token"


class LocalAccessMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if settings.SECONDROUND_MODE != "local":
            return self.get_response(request)
        offered = request.GET.get(TOKEN_PARAMETER, "")
        expected = settings.SECONDROUND_ACCESS_TOKEN
        if offered and expected and secrets.compare_digest(offered, expected):
            login(request, local_user(), backend="django.contrib.auth.backends.ModelBackend")
            rest = request.GET.copy()
            rest.pop(TOKEN_PARAMETER)
            query = urlencode(rest, doseq=True)
            return HttpResponseRedirect(request.path + (f"?{query}" if query else ""))
        if request.user.is_authenticated or request.path.startswith(settings.STATIC_URL):
            return self.get_response(request)
        body = render_to_string("locked.html", request=request)
        return HttpResponse(body, status=403)
