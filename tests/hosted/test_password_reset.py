"""A forgotten password is reset from a mailed link; the old password stops working."""

from __future__ import annotations

from typing import Any

from django.core import mail
from django.test import Client

from tests.hosted.conftest import PASSWORD, last_link, sign_in

NEW = "another long passphrase 42"


def test_the_mailed_link_sets_a_new_password(account: Any) -> None:
    account("ada@example.org")
    client = Client()
    response = client.post("/accounts/password/reset/", {"email": "ada@example.org"})
    assert response.status_code == 302
    assert mail.outbox[-1].to == ["ada@example.org"]
    link = last_link("/accounts/password/reset/key/")
    # The link leads to a form at an address without the key.
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    action = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link
    done = client.post(action, {"password1": NEW, "password2": NEW})
    assert done.status_code == 302
    assert sign_in("ada@example.org", NEW).get("/").status_code == 200
    old = Client().post("/accounts/login/", {"login": "ada@example.org", "password": PASSWORD})
    assert old.status_code == 200


def test_an_unknown_address_gets_the_same_page(account: Any) -> None:
    response = Client().post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
