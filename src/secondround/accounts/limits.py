"""Per-account limits in hosted mode: requests a minute and uploads a day.

One person clicking fast never comes near them; a script hammering the server, or an account
used to store files, does. Whoever hits one gets a short page saying which limit and when it
resets (status 429), and nothing of that request is done. Counts live in the database (uploads)
and in Django's cache (requests), which hosted mode points at the database too, so every web
process counts the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from secondround.accounts.models import Usage


def _limit(name: str) -> int:
    return int(settings.SECONDROUND_LIMITS[name])


def _too_many(request: HttpRequest, what: str, when: str) -> HttpResponse:
    response = render(request, "accounts/limit.html", {"what": what, "when": when}, status=429)
    return response


def count_request(user_pk: int, now: float) -> int:
    """This minute's requests of the account, this one included."""
    key = f"secondround:rpm:{user_pk}:{int(now // 60)}"
    if cache.add(key, 1, timeout=120):
        return 1
    try:
        return int(cache.incr(key))
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=120)
        return 1


@transaction.atomic
def count_upload(user_pk: int) -> int:
    """Today's uploads of the account, this one included."""
    today = timezone.localdate()
    usage, _ = Usage.objects.select_for_update().get_or_create(user_id=user_pk, day=today)
    Usage.objects.filter(pk=usage.pk).update(uploads=F("uploads") + 1)
    return usage.uploads + 1


def uploads_today(user_pk: int) -> int:
    usage = Usage.objects.filter(user_id=user_pk, day=timezone.localdate()).first()
    return usage.uploads if usage else 0


class RequestLimitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if not user.is_authenticated or request.path.startswith(settings.STATIC_URL):
            return self.get_response(request)
        if count_request(user.pk, time.time()) > _limit("requests_per_minute"):
            return _too_many(
                request,
                f"more than {_limit('requests_per_minute')} pages in one minute",
                "in a minute",
            )
        if request.method == "POST" and request.FILES:
            if uploads_today(user.pk) >= _limit("uploads_per_day"):
                return _too_many(
                    request,
                    f"{_limit('uploads_per_day')} uploaded files today, the most one account "
                    "may upload in a day",
                    "tomorrow",
                )
            count_upload(user.pk)
        return self.get_response(request)
