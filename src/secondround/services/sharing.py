"""Sharing in hosted mode: the owner invites someone to one interview or to all, as a viewer or a
reviewer; the invitee accepts once; the owner sees who has access and what they opened, and
revokes at any time. Nothing is copied: shared pages read the owner's records through a share.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Q, QuerySet

from secondround.accounts.models import AccessEvent, Share, ShareRole
from secondround.interviews.models import Interview
from secondround.practice.models import PracticeSession

# How long an invitation can wait to be accepted; access itself lasts until it is revoked.
EXPIRY_DAYS = (1, 7, 30)
DEFAULT_EXPIRY_DAYS = 7


class ShareError(ValueError):
    """An invitation or share that cannot be used; the message is one sentence."""


@dataclass(frozen=True)
class Invitation:
    share: Share
    # The only copy of the token: the database keeps its hash.
    token: str


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> tuple[str, str]:
    token = secrets.token_urlsafe(32)
    return token, token_hash(token)


def invite(
    owner: User,
    interview: Interview | None,
    role: str,
    email: str,
    days: int,
    now: datetime,
) -> Invitation:
    """A new invitation from `owner`; `interview` None shares all of the owner's interviews."""
    if role not in ShareRole.values:
        raise ShareError("Choose viewer or reviewer.")
    if days not in EXPIRY_DAYS:
        raise ShareError("Choose how long the invitation stays open: 1, 7 or 30 days.")
    if interview is not None and interview.owner_id != owner.pk:
        raise ShareError("That interview is not yours to share.")
    email = email.strip().lower()
    if email and email == (owner.email or "").lower():
        raise ShareError("That is your own address; invite someone else.")
    token, hashed = new_token()
    share = Share.objects.create(
        owner=owner,
        interview=interview,
        role=role,
        email=email,
        token_hash=hashed,
        expires_at=now + timedelta(days=days),
    )
    return Invitation(share=share, token=token)


def _verified_emails(user: User) -> set[str]:
    from allauth.account.models import EmailAddress

    return {
        address.lower()
        for address in EmailAddress.objects.filter(user=user, verified=True).values_list(
            "email", flat=True
        )
    }


def invitation_for(token: str) -> Share | None:
    return (
        Share.objects.select_related("owner", "interview")
        .filter(token_hash=token_hash(token))
        .first()
    )


@transaction.atomic
def accept(user: User, token: str, now: datetime) -> Share:
    """Give `user` the access the invitation holds, once; ShareError says why not."""
    share = (
        Share.objects.select_for_update().filter(token_hash=token_hash(token)).first()
        if token
        else None
    )
    if share is None:
        raise ShareError("This invitation link is not valid; ask for a new one.")
    if share.revoked_at is not None:
        raise ShareError("This invitation was withdrawn by the person who sent it.")
    if share.accepted_at is not None:
        if share.grantee_id == user.pk:
            return share
        raise ShareError("This invitation has already been used; ask for a new one.")
    if share.expires_at <= now:
        raise ShareError(
            f"This invitation expired on {share.expires_at:%-d %B %Y}; ask for a new one."
        )
    if share.owner_id == user.pk:
        raise ShareError("This is your own invitation; send the link to the person you invite.")
    if share.email and share.email not in _verified_emails(user):
        raise ShareError(
            "This invitation was sent to another email address; sign in with that address "
            "to accept it."
        )
    share.grantee = user
    share.accepted_at = now
    share.save(update_fields=["grantee", "accepted_at"])
    return share


def revoke(owner: User, share_pk: int, now: datetime) -> Share:
    share = Share.objects.filter(owner=owner, pk=share_pk).first()
    if share is None:
        raise ShareError("There is no such invitation or share to withdraw.")
    if share.revoked_at is None:
        share.revoked_at = now
        share.save(update_fields=["revoked_at"])
    return share


def shares_given(owner: User) -> QuerySet[Share]:
    return Share.objects.filter(owner=owner).select_related("interview", "grantee")


def shares_received(user: User) -> QuerySet[Share]:
    """The shares `user` holds now: accepted and not withdrawn."""
    return Share.objects.filter(
        grantee=user, accepted_at__isnull=False, revoked_at__isnull=True
    ).select_related("owner", "interview")


def interviews_in(share: Share) -> QuerySet[Interview]:
    """The interviews a share opens: its one interview, or all of the owner's."""
    found = Interview.objects.filter(owner_id=share.owner_id)
    if share.interview_id is not None:
        found = found.filter(pk=share.interview_id)
    return found.prefetch_related("people").order_by("starts_at", "pk")


def dry_runs_in(share: Share) -> QuerySet[PracticeSession]:
    return PracticeSession.objects.filter(
        owner_id=share.owner_id, interview__in=interviews_in(share)
    ).select_related("interview")


def log(share: Share, who: User, what: str) -> None:
    AccessEvent.objects.create(share=share, who=who, what=what[:200])


def access_log(owner: User, limit: int = 200) -> QuerySet[AccessEvent]:
    return AccessEvent.objects.filter(share__owner=owner).select_related(
        "who", "share", "share__interview"
    )[:limit]


def who_has_access(owner: User) -> QuerySet[Share]:
    return shares_given(owner).filter(Q(accepted_at__isnull=False), Q(revoked_at__isnull=True))
