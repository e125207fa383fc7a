"""An account exports all its data, then deletes itself: every record of it goes, its session
signs nobody in, and other accounts keep everything of theirs."""

from __future__ import annotations

import json
from typing import Any

from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.auth.models import User

from tests.hosted.conftest import PASSWORD, page, sign_in
from tests.hosted.world import build


def _rows_by_model() -> dict[str, int]:
    return {m._meta.label: m._default_manager.count() for m in apps.get_models()}


def test_the_export_holds_the_accounts_interviews(account: Any) -> None:
    owner = account("owner@example.org")
    client = sign_in("owner@example.org")
    build(owner, client, account("friend@example.org"))
    data = json.loads(client.get("/data/export.json").content)
    assert {i["company"] for i in data["interviews"]} == {
        "Zebracorp Confidential",
        "Flamingo Ventures",
    }


def test_deleting_the_account_removes_everything_of_it(account: Any) -> None:
    keeper = account("keeper@example.org")
    build(keeper, sign_in("keeper@example.org"), account("keepers-friend@example.org"))
    kept = _rows_by_model()
    owner = account("owner@example.org")
    client = sign_in("owner@example.org")
    build(owner, client, account("friend@example.org"))
    wrong = client.post("/account/delete/", {"password": "not mine"})
    assert "not your password" in page(wrong)
    assert User.objects.filter(pk=owner.pk).exists()
    done = client.post("/account/delete/", {"password": PASSWORD})
    assert done.status_code == 302
    assert not User.objects.filter(email="owner@example.org").exists()
    assert not EmailAddress.objects.filter(email="owner@example.org").exists()
    # Everything the owner had is gone; what remains is what existed before the owner came,
    # plus the friend's own account (which the owner's sharing only pointed at).
    now = _rows_by_model()
    extra = {
        label: now[label] - kept.get(label, 0) for label in now if now[label] != kept.get(label, 0)
    }
    assert set(extra) <= {"auth.User", "account.EmailAddress", "sessions.Session"}, extra
    assert extra.get("auth.User") == 1 and extra.get("account.EmailAddress") == 1
    # The deleted account's browser is signed out; signing in again fails.
    assert client.get("/").status_code == 302
    assert sign_in_fails("owner@example.org")


def sign_in_fails(email: str) -> bool:
    from django.test import Client

    response = Client().post("/accounts/login/", {"login": email, "password": PASSWORD})
    return response.status_code == 200
