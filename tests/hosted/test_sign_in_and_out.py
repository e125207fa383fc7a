"""Signing in and out with an account; many wrong passwords lock the address out politely,
and a session whose account was deleted opens nothing."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.test import Client

from tests.hosted.conftest import PASSWORD, page, sign_in


def test_signing_in_opens_the_pages_and_signing_out_closes_them(account: Any) -> None:
    account("ada@example.org")
    client = sign_in("ada@example.org")
    assert client.get("/").status_code == 200
    assert client.post("/accounts/logout/").status_code == 302
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_a_signed_out_visitor_is_sent_to_sign_in_and_back(hosted: None) -> None:
    response = Client().get("/stories/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/stories/"


def test_a_wrong_password_is_refused_in_one_sentence(account: Any) -> None:
    account("ada@example.org")
    response = Client().post("/accounts/login/", {"login": "ada@example.org", "password": "not it"})
    assert response.status_code == 200
    assert "not correct" in page(response)


def test_many_wrong_passwords_lock_the_address_out_politely(account: Any) -> None:
    account("ada@example.org")
    for _ in range(5):
        Client().post("/accounts/login/", {"login": "ada@example.org", "password": "guess"})
    client = Client()
    response = client.post("/accounts/login/", {"login": "ada@example.org", "password": PASSWORD})
    assert "Too many failed login attempts" in page(response)
    assert client.get("/").status_code == 302


def test_a_deleted_accounts_session_opens_nothing(account: Any) -> None:
    user = account("ada@example.org")
    client = sign_in("ada@example.org")
    User.objects.filter(pk=user.pk).delete()
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
