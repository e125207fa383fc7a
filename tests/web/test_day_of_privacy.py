"""Nothing of another account's day-of kit can be read or changed: every page and download of
it is not found, and posting to it stores nothing."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from secondround.dayof.models import DayOf
from secondround.interviews.models import Interview

PAGES = ["loose-ends/", "kit/", "kit.pdf", "calendar.ics", "follow-up/", "follow-up.eml"]


@pytest.mark.parametrize("page", PAGES)
def test_another_accounts_pages_are_not_found(
    client_in: Client, make_interview: Any, django_user_model: Any, page: str
) -> None:
    stranger = django_user_model.objects.create(username="stranger")
    theirs = make_interview(owner=stranger, people=[("Priya Shah", "hr")])
    assert client_in.get(f"/interviews/{theirs.pk}/{page}").status_code == 404


@pytest.mark.parametrize("page", ["loose-ends/", "follow-up/", "next-round/"])
def test_posting_to_another_accounts_interview_changes_nothing(
    client_in: Client, make_interview: Any, django_user_model: Any, page: str
) -> None:
    stranger = django_user_model.objects.create(username="stranger")
    theirs = make_interview(owner=stranger, people=[("Priya Shah", "hr")])
    response = client_in.post(f"/interviews/{theirs.pk}/{page}", {"notice_amount": "4"})
    assert response.status_code == 404
    assert Interview.objects.count() == 1 and not DayOf.objects.exists()
