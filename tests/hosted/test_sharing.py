"""Sharing an interview: invite by link or email as viewer or reviewer, the reviewer's marks
reach the owner, the owner sees who has access and what they opened, and revokes; expired,
reused and misaddressed invitations are refused in one sentence; a share opens nothing else."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any, NamedTuple

from django.core import mail
from django.test import Client
from django.utils import timezone

from secondround.accounts.models import Share
from secondround.interviews.models import Interview
from secondround.practice.models import FriendMark, PracticeSession
from secondround.services import practice
from tests.hosted.conftest import last_link, page, sign_in


class Scene(NamedTuple):
    owner_client: Client
    shared: Interview
    other: Interview
    session: PracticeSession


def _setup(account: Any) -> Scene:
    owner = account("owner@example.org")
    shared = Interview.objects.create(owner=owner, company="Northwind", role="Analyst")
    other = Interview.objects.create(owner=owner, company="Private Other Co", role="Lead")
    session = practice.start_session(owner, shared, 3)
    practice.record_answer(session, 0, False, "I cut costs by 8% in March.", 40)
    return Scene(sign_in("owner@example.org"), shared, other, session)


def _invite_link(owner_client: Client, interview: Interview, role: str) -> str:
    response = owner_client.post(
        "/sharing/", {"interview": str(interview.pk), "role": role, "email": "", "days": "7"}
    )
    assert response.status_code == 200
    found = re.search(r'value="https?://[^/]+(/invite/[^"]+)"', page(response))
    assert found, page(response)
    return found.group(1)


def _accept(client: Client, link: str) -> Any:
    assert client.get(link).status_code == 200
    return client.post(link)


def test_a_reviewer_enters_marks_the_owner_sees_them_and_revokes(account: Any) -> None:
    owner_client, shared, _other, session = _setup(account)
    link = _invite_link(owner_client, shared, "reviewer")
    account("coach@example.org")
    coach = sign_in("coach@example.org")
    accepted = _accept(coach, link)
    assert accepted.status_code == 302
    share = Share.objects.get(grantee__email="coach@example.org")
    assert "Northwind" in page(coach.get(f"/shared/{share.pk}/interviews/{shared.pk}/"))
    marks = coach.post(
        f"/shared/{share.pk}/practice/{session.pk}/marks/",
        {
            "q0-heard_action": "on",
            "q0-hedging": "none",
            "q0-rating": "4",
            "q0-comment": "Say what you did first.",
            "q1-hedging": "none",
            "q2-hedging": "none",
        },
    )
    assert marks.status_code == 302
    assert FriendMark.objects.get(session=session, position=0).rating == 4
    report = page(owner_client.get(f"/practice/{session.pk}/report/"))
    assert "Say what you did first." in report
    sharing_page = page(owner_client.get("/sharing/"))
    assert "coach@example.org" in sharing_page
    assert "entered marks on a dry run of Northwind" in sharing_page
    assert owner_client.post(f"/sharing/{share.pk}/revoke/").status_code == 302
    assert coach.get(f"/shared/{share.pk}/interviews/{shared.pk}/").status_code == 404
    assert coach.get(f"/shared/{share.pk}/practice/{session.pk}/marks/").status_code == 404


def test_a_reviewer_sees_nothing_else_of_the_owners(account: Any) -> None:
    owner_client, shared, other, session = _setup(account)
    account("coach@example.org")
    coach = sign_in("coach@example.org")
    _accept(coach, _invite_link(owner_client, shared, "reviewer"))
    share = Share.objects.get(grantee__email="coach@example.org")
    assert coach.get(f"/shared/{share.pk}/interviews/{other.pk}/").status_code == 404
    assert coach.get(f"/interviews/{shared.pk}/").status_code == 404
    assert coach.get(f"/practice/{session.pk}/friend/").status_code == 404
    assert "Private Other Co" not in page(coach.get(f"/shared/{share.pk}/"))


def test_a_viewer_reads_but_cannot_mark(account: Any) -> None:
    owner_client, shared, _other, session = _setup(account)
    account("friend@example.org")
    friend = sign_in("friend@example.org")
    _accept(friend, _invite_link(owner_client, shared, "viewer"))
    share = Share.objects.get(grantee__email="friend@example.org")
    assert friend.get(f"/shared/{share.pk}/practice/{session.pk}/").status_code == 200
    refused = friend.post(f"/shared/{share.pk}/practice/{session.pk}/marks/", {})
    assert refused.status_code == 403
    assert "as a viewer" in page(refused)
    assert not FriendMark.objects.exists()


def test_a_used_link_is_refused_to_anyone_else(account: Any) -> None:
    owner_client, shared, _other, _session = _setup(account)
    link = _invite_link(owner_client, shared, "viewer")
    account("first@example.org")
    account("second@example.org")
    _accept(sign_in("first@example.org"), link)
    refused = sign_in("second@example.org").post(link)
    assert refused.status_code == 410
    assert "already been used" in page(refused)
    assert Share.objects.filter(grantee__email="first@example.org").count() == 1


def test_an_expired_link_is_refused(account: Any) -> None:
    owner_client, shared, _other, _session = _setup(account)
    link = _invite_link(owner_client, shared, "viewer")
    Share.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    account("late@example.org")
    refused = sign_in("late@example.org").post(link)
    assert refused.status_code == 410
    assert "expired" in page(refused)
    assert Share.objects.get().grantee is None


def test_an_email_invitation_is_mailed_and_only_that_address_accepts(account: Any) -> None:
    owner_client, _shared, _other, _session = _setup(account)
    response = owner_client.post(
        "/sharing/",
        {"interview": "all", "role": "viewer", "email": "coach@example.org", "days": "1"},
    )
    assert response.status_code == 302
    assert mail.outbox[-1].to == ["coach@example.org"]
    link = last_link("/invite/")
    account("someone@example.org")
    refused = sign_in("someone@example.org").post(link)
    assert "another email address" in page(refused)
    account("coach@example.org")
    coach = sign_in("coach@example.org")
    assert coach.post(link).status_code == 302
    share = Share.objects.get()
    # All interviews: both are listed.
    listing = page(coach.get(f"/shared/{share.pk}/"))
    assert "Northwind" in listing and "Private Other Co" in listing


def test_a_signed_out_invitee_signs_in_first_and_comes_back(account: Any) -> None:
    owner_client, shared, _other, _session = _setup(account)
    link = _invite_link(owner_client, shared, "viewer")
    response = Client().get(link)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/invite/")


def test_a_bad_invitation_form_says_what_to_fix(account: Any) -> None:
    owner_client, _shared, _other, _session = _setup(account)
    response = owner_client.post(
        "/sharing/", {"interview": "999999", "role": "boss", "email": "not-an-email", "days": "3"}
    )
    text = page(response)
    assert "Choose one of your interviews, or all of them." in text
    assert "Choose viewer or reviewer." in text
    assert "does not look right" in text
    assert "Choose 1, 7 or 30 days." in text
    assert not Share.objects.exists()
