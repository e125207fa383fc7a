"""Hosted passwords are stored as Argon2id at OWASP's parameters; older PBKDF2 hashes still work."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.test import Client, override_settings

from secondround.web import settings as real_settings

from .conftest import PASSWORD, sign_in


@pytest.fixture
def real_hashers() -> Iterator[None]:
    # The test settings hash with MD5 for speed; these tests need the hashers a server uses.
    with override_settings(PASSWORD_HASHERS=real_settings.PASSWORD_HASHERS):
        yield


def test_the_server_hashes_with_argon2id_first() -> None:
    assert real_settings.PASSWORD_HASHERS[0] == "secondround.web.passwords.OwaspArgon2idHasher"
    assert settings.PASSWORD_HASHERS != real_settings.PASSWORD_HASHERS  # tests use the fast one


def test_an_account_made_by_sign_up_stores_argon2id_at_owasp_parameters(
    real_hashers: None, account: Callable[[str], User]
) -> None:
    user = account("ana@example.org")
    assert user.password.startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")
    assert sign_in("ana@example.org").get("/").status_code == 200


def test_an_older_pbkdf2_password_still_signs_in_and_is_rewritten_as_argon2id(
    real_hashers: None, account: Callable[[str], User]
) -> None:
    user = account("ben@example.org")
    User.objects.filter(pk=user.pk).update(password=make_password(PASSWORD, hasher="pbkdf2_sha256"))
    assert User.objects.get(pk=user.pk).password.startswith("pbkdf2_sha256$")
    sign_in("ben@example.org")
    assert User.objects.get(pk=user.pk).password.startswith("argon2$argon2id$")


def test_a_wrong_password_is_refused_with_argon2id(
    real_hashers: None, account: Callable[[str], User]
) -> None:
    account("cy@example.org")
    response = Client().post(
        "/accounts/login/", {"login": "cy@example.org", "password": "not the passphrase"}
    )
    assert response.status_code == 200
    assert b"not correct" in response.content or b"incorrect" in response.content.lower()
