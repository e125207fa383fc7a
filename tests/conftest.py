"""Fixtures shared by the whole suite: the local user and a client signed in as that user."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from secondround.interviews.models import Interview, Person
from secondround.services.users import local_user


@pytest.fixture
def user(db: None) -> User:
    return local_user()


@pytest.fixture
def client_in(user: User, settings: Any) -> Client:
    """A browser session that has opened the serve link (which works once)."""
    settings.SECONDROUND_ACCESS_TOKEN = "test-link-token"
    client = Client()
    assert client.get("/?token=test-link-token").status_code == 302
    return client


@pytest.fixture
def make_interview(user: User) -> Callable[..., Interview]:
    def make(
        company: str = "Northwind",
        role: str = "Operations analyst",
        in_days: float | None = 5,
        owner: User | None = None,
        people: list[tuple[str, str]] | None = None,
        **fields: Any,
    ) -> Interview:
        starts: datetime | None = (
            timezone.now() + timedelta(days=in_days) if in_days is not None else None
        )
        interview = Interview.objects.create(
            owner=owner or user, company=company, role=role, starts_at=starts, **fields
        )
        for name, role_key in people or []:
            Person.objects.create(interview=interview, name=name, role=role_key)
        return interview

    return make


DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.fixture(scope="session", autouse=True)
def docs_are_left_alone() -> Iterator[None]:
    """The suite leaves the checkout clean: README pictures change only by `make screenshots`."""
    before = _pictures()
    yield
    after = _pictures()
    changed = sorted(n for n in before.keys() | after.keys() if before.get(n) != after.get(n))
    assert not changed, f"The tests changed docs/{', docs/'.join(changed)}; use test-artifacts/."


def _pictures() -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in DOCS.glob("*.png")}
