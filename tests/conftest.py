"""Fixtures shared by the whole suite: the local user and a client signed in as that user."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
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
