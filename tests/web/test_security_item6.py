"""The smaller holes a security review found: far-off dates, a busy database, headers on every
page (CSP, frames), host names, and a friend's comment without a limit."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.db import OperationalError
from django.test import Client

from secondround.interviews.models import Interview
from secondround.practice.models import FriendMark, PracticeAnswer, PracticeSession
from secondround.services import practice

PEOPLE = {
    "people-TOTAL_FORMS": "0",
    "people-INITIAL_FORMS": "0",
    "people-MIN_NUM_FORMS": "0",
    "people-MAX_NUM_FORMS": "12",
}


def test_a_date_at_the_end_of_time_is_refused_not_a_500(client_in: Client) -> None:
    response = client_in.post(
        "/interviews/new/",
        {
            "company": "Acme",
            "role": "Analyst",
            "round": "2",
            "format": "video",
            "date": "9999-12-31",
            "time": "23:59",
            "timezone": "Pacific/Honolulu",
            **PEOPLE,
        },
    )
    assert response.status_code == 200
    assert "Enter a date between 1900 and 2200." in response.content.decode()
    assert not Interview.objects.exists()


@pytest.fixture
def session(client_in: Client, make_interview: Any, user: Any) -> PracticeSession:
    return practice.start_session(user, make_interview(), 3)


def test_a_busy_database_keeps_the_typed_answer_and_offers_to_send_it_again(
    client_in: Client, session: PracticeSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*args: Any, **kwargs: Any) -> None:
        raise OperationalError("database is locked")

    monkeypatch.setattr(practice, "record_answer", locked)
    typed = "I rebuilt the rota <b>myself</b> and cut overtime by 20%."
    response = client_in.post(
        f"/practice/{session.pk}/",
        {"position": "0", "is_probe": "", "duration_s": "30", "answer": typed},
    )
    assert response.status_code == 503
    page = response.content.decode()
    assert "Not saved yet: the database is busy" in page
    assert "I rebuilt the rota &lt;b&gt;myself&lt;/b&gt; and cut overtime by 20%." in page
    assert f'action="/practice/{session.pk}/"' in page
    assert 'name="csrfmiddlewaretoken"' in page
    assert not PracticeAnswer.objects.exists()


def test_every_page_carries_a_content_security_policy_with_a_nonce(
    client_in: Client, session: PracticeSession
) -> None:
    response = client_in.get(f"/practice/{session.pk}/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    nonce = re.search(r"'nonce-([^']+)'", policy)
    assert nonce, policy
    # The page's own script carries it, so it runs; an injected one would not.
    assert f'<script nonce="{nonce[1]}">' in response.content.decode()


def test_the_private_page_carries_the_same_protective_headers(db: None) -> None:
    response = Client().get("/")
    assert response.status_code == 403
    assert response["X-Frame-Options"] == "DENY"
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_test_clients_host_name_is_allowed_only_in_tests() -> None:
    from secondround.web import settings as real_settings

    assert "testserver" not in real_settings.ALLOWED_HOSTS


def test_a_friends_five_megabyte_comment_is_refused(
    client_in: Client, session: PracticeSession
) -> None:
    data = {f"q{p}-hedging": "none" for p in range(len(session.plan))}
    data["q0-comment"] = "x" * 5_000_000
    page = client_in.post(f"/practice/{session.pk}/friend/", data).content.decode()
    assert "Keep the comment under 2,000 characters (5,000,000 now)." in page
    assert not FriendMark.objects.exists()
