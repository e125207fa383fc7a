"""When the database is busy for longer than a save waits, say so and keep what was typed.

SQLite has one writer at a time; a save waits up to 30 s (settings.py) for another one, such as
a big import, to finish. If it still cannot write, the person gets a page that says nothing was
saved, with what they typed in a form that sends it again, rather than a 500 and a lost answer.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import OperationalError
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

RETRY_AFTER_S = 10


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" (and "busy"), which go away by themselves."""
    message = str(exc).lower()
    return isinstance(exc, OperationalError) and ("locked" in message or "busy" in message)


class DatabaseBusyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exc: Exception) -> HttpResponse | None:
        if not is_busy(exc):
            return None
        typed = [
            (name, value)
            for name, values in request.POST.lists()
            if name != "csrfmiddlewaretoken"
            for value in values
        ]
        body = render_to_string(
            "busy.html",
            {"typed": typed, "action": request.get_full_path(), "posted": request.method == "POST"},
            request=request,
        )
        response = HttpResponse(body, status=503)
        response["Retry-After"] = str(RETRY_AFTER_S)
        return response
