"""Organisations in hosted mode: career services with admins, counsellors and candidates.

An admin invites counsellors and candidates and groups candidates in cohorts. Admins and
counsellors see a cohort's progress (dry runs done, competencies with a story, interviews coming)
only for candidates who chose to share it with the organisation; nothing else of a candidate's is
reachable from here. A candidate leaves at any time, keeping their data or deleting it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Count, QuerySet

from secondround.accounts.models import Cohort, Membership, Organisation, OrgInvite, OrgRole
from secondround.interviews.models import Interview
from secondround.practice.models import PracticeSession, SessionStatus
from secondround.services.sharing import new_token, token_hash
from secondround.stories.models import Story

INVITE_DAYS = 14
STAFF = (OrgRole.ADMIN, OrgRole.COUNSELLOR)


class OrgError(ValueError):
    """An organisation step that cannot be done; the message is one sentence."""


@dataclass(frozen=True)
class CandidateProgress:
    email: str
    shares: bool
    dry_runs: int
    competencies: int
    interviews_coming: int


def memberships_of(user: User) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user).select_related("organisation", "cohort")


def membership(user: User, org_pk: int) -> Membership | None:
    return memberships_of(user).filter(organisation_id=org_pk).first()


@transaction.atomic
def create(user: User, name: str) -> Organisation:
    organisation = Organisation.objects.create(name=name.strip())
    Membership.objects.create(organisation=organisation, user=user, role=OrgRole.ADMIN)
    return organisation


def add_cohort(organisation: Organisation, name: str) -> Cohort:
    name = name.strip()
    if organisation.cohorts.filter(name=name).exists():
        raise OrgError(f"There is already a cohort called {name}.")
    return Cohort.objects.create(organisation=organisation, name=name)


def invite(
    organisation: Organisation, email: str, role: str, cohort: Cohort | None, now: datetime
) -> tuple[OrgInvite, str]:
    if role not in (OrgRole.CANDIDATE, OrgRole.COUNSELLOR):
        raise OrgError("Invite a candidate or a counsellor.")
    token, hashed = new_token()
    made = OrgInvite.objects.create(
        organisation=organisation,
        email=email.strip().lower(),
        role=role,
        cohort=cohort if role == OrgRole.CANDIDATE else None,
        token_hash=hashed,
        expires_at=now + timedelta(days=INVITE_DAYS),
    )
    return made, token


def org_invitation(token: str) -> OrgInvite | None:
    return (
        OrgInvite.objects.select_related("organisation")
        .filter(token_hash=token_hash(token))
        .first()
    )


@transaction.atomic
def join(user: User, token: str, verified: set[str], now: datetime) -> Membership:
    found = (
        OrgInvite.objects.select_for_update().filter(token_hash=token_hash(token)).first()
        if token
        else None
    )
    if found is None:
        raise OrgError("This invitation link is not valid; ask the organisation for a new one.")
    if found.used_at is not None:
        raise OrgError("This invitation has already been used; ask for a new one.")
    if found.expires_at <= now:
        raise OrgError(
            f"This invitation expired on {found.expires_at:%-d %B %Y}; ask for a new one."
        )
    if found.email not in verified:
        raise OrgError(
            "This invitation was sent to another email address; sign in with that address "
            "to accept it."
        )
    if Membership.objects.filter(organisation_id=found.organisation_id, user=user).exists():
        raise OrgError(f"You are already a member of {found.organisation}.")
    found.used_at = now
    found.save(update_fields=["used_at"])
    return Membership.objects.create(
        organisation_id=found.organisation_id, user=user, role=found.role, cohort=found.cohort
    )


def set_sharing(member: Membership, shares: bool) -> None:
    member.shares_progress = shares
    member.save(update_fields=["shares_progress"])


def set_cohort(organisation: Organisation, member_pk: int, cohort_pk: int | None) -> Membership:
    member = organisation.memberships.filter(pk=member_pk, role=OrgRole.CANDIDATE).first()
    if member is None:
        raise OrgError("There is no such candidate in this organisation.")
    cohort = organisation.cohorts.filter(pk=cohort_pk).first() if cohort_pk else None
    if cohort_pk and cohort is None:
        raise OrgError("Choose one of this organisation's cohorts.")
    member.cohort = cohort
    member.save(update_fields=["cohort"])
    return member


@transaction.atomic
def leave(member: Membership, delete_data: bool) -> None:
    """Leave the organisation; with `delete_data`, the candidate's own records go too."""
    organisation = member.organisation
    if member.role == OrgRole.ADMIN and not organisation.memberships.filter(
        role=OrgRole.ADMIN
    ).exclude(pk=member.pk):
        raise OrgError(
            f"You are the only admin of {organisation}; make someone else admin before leaving."
        )
    user = member.user
    member.delete()
    if delete_data:
        Interview.objects.filter(owner=user).delete()
        PracticeSession.objects.filter(owner=user).delete()
        Story.objects.filter(owner=user).delete()


def cohort_progress(cohort: Cohort, now: datetime) -> list[CandidateProgress]:
    """One row per candidate of the cohort; figures only for those who share with the org.

    Three queries whatever the cohort's size: a counsellor's page stays quick for 200 people."""
    members = list(
        cohort.members.filter(role=OrgRole.CANDIDATE).select_related("user").order_by("user__email")
    )
    sharing = [m.user_id for m in members if m.shares_progress]
    dry_runs = dict(
        PracticeSession.objects.filter(owner_id__in=sharing, status=SessionStatus.FINISHED)
        .values_list("owner_id")
        .annotate(n=Count("id"))
        .values_list("owner_id", "n")
    )
    coming = dict(
        Interview.objects.filter(owner_id__in=sharing, starts_at__gte=now)
        .values_list("owner_id")
        .annotate(n=Count("id"))
        .values_list("owner_id", "n")
    )
    competencies: dict[int, set[str]] = {}
    for owner_id, keys in Story.objects.filter(owner_id__in=sharing).values_list(
        "owner_id", "competencies"
    ):
        competencies.setdefault(owner_id, set()).update(keys or [])
    rows = []
    for member in members:
        if not member.shares_progress:
            rows.append(CandidateProgress(member.user.email, False, 0, 0, 0))
            continue
        rows.append(
            CandidateProgress(
                member.user.email,
                True,
                dry_runs.get(member.user_id, 0),
                len(competencies.get(member.user_id, ())),
                coming.get(member.user_id, 0),
            )
        )
    return rows


def sole_admin_of(user: User) -> QuerySet[Organisation]:
    """Organisations that would be left without an admin if `user` went."""
    mine = Organisation.objects.filter(memberships__user=user, memberships__role=OrgRole.ADMIN)
    others = Membership.objects.filter(role=OrgRole.ADMIN).exclude(user=user)
    return mine.exclude(pk__in=others.values("organisation_id"))


@transaction.atomic
def delete_account(user: User) -> None:
    """Delete the account and everything it owns. An organisation it alone ran goes too (its
    cohorts and invitations); its candidates keep their own accounts and data."""
    for organisation in sole_admin_of(user):
        organisation.delete()
    user.delete()
