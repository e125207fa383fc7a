"""Hosted mode for a test: accounts instead of the serve link, and people to sign in as."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import User
from django.core import mail
from django.core.cache import cache
from django.test import Client, override_settings

PASSWORD = "a long and unusual passphrase 7"


@pytest.fixture
def hosted(db: None) -> Iterator[None]:
    """The running site in hosted mode: hosted middleware, pages and no serve link."""
    # Rate limits count in the cache: each test starts with none spent.
    cache.clear()
    with override_settings(
        SECONDROUND_MODE="hosted",
        MIDDLEWARE=settings.HOSTED_MIDDLEWARE,
        ROOT_URLCONF="secondround.web.hosted_urls",
        SECONDROUND_ACCESS_TOKEN="",
    ):
        yield


@pytest.fixture
def account(hosted: None) -> Callable[[str], User]:
    """An account with a verified address, as sign-up and verification leave it."""

    def make(email: str) -> User:
        user = User.objects.create_user(username=email, email=email, password=PASSWORD)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        return user

    return make


def sign_in(email: str, password: str = PASSWORD) -> Client:
    """A browser session signed in through the real sign-in form."""
    client = Client()
    response = client.post("/accounts/login/", {"login": email, "password": password})
    assert response.status_code == 302, response.content.decode()[:2000]
    return client


@pytest.fixture
def signed_in(account: Callable[[str], User]) -> Callable[[str], tuple[User, Client]]:
    def make(email: str) -> tuple[User, Client]:
        return account(email), sign_in(email)

    return make


def last_link(path_part: str) -> str:
    """The path of the last link in the sent mails that contains `path_part`."""
    for message in reversed(mail.outbox):
        for found in re.findall(r"https?://[^\s]+", str(message.body)):
            if path_part in found:
                return re.sub(r"^https?://[^/]+", "", found)
    raise AssertionError(f"no mail has a link with {path_part}: {[m.body for m in mail.outbox]}")


def page(response: Any) -> str:
    return str(response.content.decode())
