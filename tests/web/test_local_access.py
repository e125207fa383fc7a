from __future__ import annotations

from typing import Any

import pytest
from django.test import Client


@pytest.fixture
def token(settings: Any) -> str:
    settings.SECONDROUND_ACCESS_TOKEN = "s3cret-token-value"
    return "s3cret-token-value"


def test_it_refuses_a_visitor_without_the_link(db: None, token: str) -> None:
    response = Client().get("/")
    assert response.status_code == 403
    assert b"This secondround is private" in response.content


def test_it_refuses_a_wrong_token(db: None, token: str) -> None:
    assert Client().get("/?token=guess").status_code == 403


def test_the_link_signs_in_and_drops_the_token_from_the_address(db: None, token: str) -> None:
    client = Client()
    response = client.get(f"/interviews/new/?token={token}")
    assert response.status_code == 302
    assert response["Location"] == "/interviews/new/"
    # The session cookie now stands in for the token.
    assert client.get("/").status_code == 200


def test_no_token_is_accepted_when_the_server_set_none(db: None) -> None:
    assert Client().get("/?token=").status_code == 403


def test_static_files_are_served_without_the_link(db: None, token: str) -> None:
    response = Client().get("/static/secondround/app.css")
    assert response.status_code == 200
