"""Changing the account's email: the new address must be verified before it signs in."""

from __future__ import annotations

from typing import Any

from allauth.account.models import EmailAddress

from tests.hosted.conftest import last_link, sign_in


def test_a_new_address_is_verified_then_replaces_the_old_one(account: Any) -> None:
    user = account("ada@example.org")
    client = sign_in("ada@example.org")
    response = client.post("/accounts/email/", {"action_add": "", "email": "ada@new.example"})
    assert response.status_code == 302
    assert not EmailAddress.objects.filter(email="ada@new.example", verified=True).exists()
    link = last_link("/accounts/confirm-email/")
    assert client.post(link).status_code == 302
    assert EmailAddress.objects.filter(user=user, email="ada@new.example", verified=True).exists()
    # One address per account: the old one is gone and the new one signs in.
    assert not EmailAddress.objects.filter(email="ada@example.org").exists()
    assert sign_in("ada@new.example").get("/").status_code == 200
