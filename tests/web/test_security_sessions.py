"""A session is good only for the server run that issued it, lasts hours and is renewed in use;
the link that signs a browser in works once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from secondround.web import access

TOKEN = "a-fresh-link-token"


@pytest.fixture
def link(db: None, settings: Any) -> str:
    settings.SECONDROUND_ACCESS_TOKEN = TOKEN
    return f"/?token={TOKEN}"


def _signed_in(link: str) -> Client:
    client = Client()
    assert client.get(link).status_code == 302
    assert client.get("/").status_code == 200
    return client


def test_the_link_signs_in_one_browser_once(link: str) -> None:
    _signed_in(link)
    response = Client().get(link)
    assert response.status_code == 403
    assert b"That link no longer works" in response.content


def test_the_signed_in_browser_may_open_the_link_again(link: str) -> None:
    client = _signed_in(link)
    response = client.get(link)
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_a_session_from_an_earlier_run_is_refused(link: str, settings: Any) -> None:
    client = _signed_in(link)
    settings.SECONDROUND_RUN_ID = "the-next-run"
    response = client.get("/")
    assert response.status_code == 403
    assert b"This secondround is private" in response.content


def test_a_session_signed_with_an_earlier_runs_key_is_refused(link: str, settings: Any) -> None:
    client = _signed_in(link)
    settings.SECRET_KEY = "a-key-made-by-the-next-run-" + "x" * 30
    assert client.get("/").status_code == 403


def test_the_session_lasts_hours_not_weeks_and_ends_with_the_browser(link: str) -> None:
    client = Client()
    response = client.get(link)
    cookie = response.cookies["secondround_session"]
    # No Max-Age or Expires: a browser-session cookie.
    assert not cookie["max-age"]
    assert not cookie["expires"]
    stored = Session.objects.get()
    hours = (stored.expire_date - timezone.now()).total_seconds() / 3600
    assert 1 <= hours <= 12


def test_the_session_is_renewed_while_in_use(link: str, monkeypatch: pytest.MonkeyPatch) -> None:
    client = _signed_in(link)
    first = Session.objects.get().expire_date
    later = access.time.time() + access.RENEW_EVERY_S + 1
    monkeypatch.setattr(access.time, "time", lambda: later)
    assert client.get("/").status_code == 200
    assert Session.objects.get().expire_date > first


def test_an_expired_session_is_refused(link: str) -> None:
    client = _signed_in(link)
    Session.objects.update(expire_date=timezone.now() - timedelta(minutes=1))
    assert client.get("/").status_code == 403
