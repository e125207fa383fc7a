"""Sign up with an email and a password, verify the address from the mail, and be signed in;
signing up twice with one address makes no second account and tells nobody it exists."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.core import mail
from django.core.cache import cache
from django.test import Client

from tests.hosted.conftest import PASSWORD, last_link, page


def _sign_up(client: Client, email: str) -> str:
    response = client.post(
        "/accounts/signup/", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302
    return page(client.get(response["Location"]))


def test_signing_up_sends_a_link_that_verifies_the_address_and_signs_in(hosted: None) -> None:
    client = Client()
    sent = _sign_up(client, "ada@example.org")
    assert "verification" in sent.lower() or "confirm" in sent.lower()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["ada@example.org"]
    # Until the address is verified, the pages stay closed.
    assert client.get("/").status_code == 302
    link = last_link("/accounts/confirm-email/")
    assert client.get(link).status_code == 200
    response = client.post(link)
    assert response.status_code == 302
    home = client.get("/")
    assert home.status_code == 200
    assert "Your interviews are yours" in page(home)


def test_signing_up_twice_with_one_address_makes_one_account(hosted: None) -> None:
    _sign_up(Client(), "ada@example.org")
    # One mail to an address every few minutes (allauth's limit): let that window pass.
    cache.clear()
    second = _sign_up(Client(), "ADA@example.org")
    assert User.objects.filter(email__iexact="ada@example.org").count() == 1
    # The second sign-up page looks the same as the first, so nobody learns who has an account;
    # the owner of the address is told by mail instead.
    assert "already" not in second.lower()
    assert len(mail.outbox) == 2
    assert "already" in mail.outbox[1].body.lower()


def test_an_unverified_account_cannot_sign_in(hosted: None) -> None:
    _sign_up(Client(), "ada@example.org")
    client = Client()
    client.post("/accounts/login/", {"login": "ada@example.org", "password": PASSWORD})
    assert client.get("/").status_code == 302
