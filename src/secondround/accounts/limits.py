"""Per-account limits in hosted mode: requests a minute, uploads a day, audio minutes a day.

One person clicking fast never comes near them; a script hammering the server, or an account
used to store files or to keep the transcription workers busy, does. Whoever hits one gets a
short page saying which limit and when it resets (status 429), and nothing of that request is
done. Counts live in the database (uploads, and the recordings whose durations make the audio
minutes) and in Django's cache (requests), which hosted mode points at the database too, so
every web process counts the same way. The limits come from the environment (config.py).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Sum
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone

from secondround.accounts.models import Usage
from secondround.config import LIMITS


def _limit(name: str) -> int:
    # A settings override that leaves a limit out (as some tests do) keeps that limit's default.
    return int(settings.SECONDROUND_LIMITS.get(name, LIMITS[name][1]))


def _too_many(request: HttpRequest, what: str, when: str) -> HttpResponse:
    """The polite page; the recorder's upload (which asks for JSON) gets the same sentence."""
    if request.accepts("application/json") and not request.accepts("text/html"):
        sentence = (
            f"This account has reached {what}. Nothing of this last request was done; it works "
            f"again {when}."
        )
        return JsonResponse({"error": sentence, "limit": True}, status=429)
    return render(request, "accounts/limit.html", {"what": what, "when": when}, status=429)


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


# --- audio minutes ------------------------------------------------------------------------------


def _start_of_today() -> datetime:
    return timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)


def audio_seconds_today(user_pk: int) -> float:
    """Seconds of audio in the account's recordings made today (still stored, any status)."""
    from secondround.voice.models import Recording

    found = Recording.objects.filter(owner_id=user_pk, created_at__gte=_start_of_today()).aggregate(
        total=Sum("duration_s")
    )
    return float(found["total"] or 0.0)


def _spoken(seconds: float) -> str:
    """ "4 min 10 s", "45 s": how much was recorded, in words a person reads at a glance."""
    whole = math.ceil(seconds)
    minutes, rest = divmod(whole, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


def _minutes(n: int) -> str:
    return f"{n} minute" if n == 1 else f"{n} minutes"


@dataclass(frozen=True)
class AudioAllowance:
    """Today's recorded audio of an account against its daily limit."""

    used_s: float
    limit_minutes: int

    def fits(self, seconds: float) -> bool:
        return self.used_s + seconds <= self.limit_minutes * 60

    @property
    def text(self) -> str:
        return f"Recorded today: {_spoken(self.used_s)} of your {_minutes(self.limit_minutes)}."


def audio_allowance(user_pk: int) -> AudioAllowance | None:
    """The account's audio allowance in hosted mode; None locally, where nothing is limited."""
    if settings.SECONDROUND_MODE != "hosted":
        return None
    return AudioAllowance(audio_seconds_today(user_pk), _limit("audio_minutes_per_day"))


def audio_refusal(request: HttpRequest, user_pk: int, seconds: float) -> HttpResponse | None:
    """The polite page when a recording of `seconds` would take the account past its minutes."""
    allowance = audio_allowance(user_pk)
    if allowance is None or allowance.fits(seconds):
        return None
    return _too_many(
        request,
        f"{_minutes(allowance.limit_minutes)} of recorded answers today (recorded so far: "
        f"{_spoken(allowance.used_s)}; this recording: {_spoken(seconds)}), the most one "
        "account may record in a day",
        "tomorrow",
    )


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
        uploading = request.method == "POST" and bool(request.FILES)
        if uploading and uploads_today(user.pk) >= _limit("uploads_per_day"):
            return _too_many(
                request,
                f"{_limit('uploads_per_day')} uploaded files today, the most one account "
                "may upload in a day",
                "tomorrow",
            )
        response = self.get_response(request)
        # Counted once done: an upload another limit refused (the audio minutes) took nothing.
        if uploading and response.status_code != 429:
            count_upload(user.pk)
        return response
