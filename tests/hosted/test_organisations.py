"""Organisations: an admin invites a counsellor and candidates into cohorts; the cohort page shows
progress only for candidates who share it; another organisation's counsellor finds nothing; a
candidate leaves keeping or deleting their data."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.test import Client
from django.utils import timezone

from secondround.accounts.models import Membership, Organisation, OrgInvite
from secondround.interviews.models import Interview
from secondround.stories.models import Story
from tests.hosted.conftest import last_link, page, sign_in


def _org_with_cohort(account: Any) -> tuple[Client, Organisation, int]:
    account("admin@example.org")
    admin = sign_in("admin@example.org")
    assert admin.post("/orgs/", {"name": "Northside Bootcamp"}).status_code == 302
    organisation = Organisation.objects.get()
    admin.post(f"/orgs/{organisation.pk}/cohorts/new/", {"name": "Spring 2027"})
    cohort_pk = organisation.cohorts.get().pk
    return admin, organisation, cohort_pk


def _join(admin: Client, organisation: Organisation, email: str, role: str, cohort: str) -> Client:
    admin.post(f"/orgs/{organisation.pk}/invite/", {"email": email, "role": role, "cohort": cohort})
    link = last_link("/join/")
    client = sign_in(email)
    assert client.post(link).status_code == 302
    return client


def test_a_cohort_shows_progress_only_of_candidates_who_share_it(account: Any) -> None:
    admin, organisation, cohort_pk = _org_with_cohort(account)
    sharer = account("sharer@example.org")
    account("quiet@example.org")
    account("counsellor@example.org")
    sharing = _join(admin, organisation, "sharer@example.org", "candidate", str(cohort_pk))
    _join(admin, organisation, "quiet@example.org", "candidate", str(cohort_pk))
    counsellor = _join(admin, organisation, "counsellor@example.org", "counsellor", "")
    Interview.objects.create(
        owner=sharer, company="Acme", role="Analyst", starts_at=timezone.now() + timedelta(days=3)
    )
    Story.objects.create(owner=sharer, title="Routes", competencies=["planning", "teamwork"])
    assert sharing.post(f"/orgs/{organisation.pk}/share/", {"share": "1"}).status_code == 302
    cohort_page = page(counsellor.get(f"/orgs/{organisation.pk}/cohorts/{cohort_pk}/"))
    assert "sharer@example.org" in cohort_page
    assert "quiet@example.org" in cohort_page and "Not shared" in cohort_page
    # Figures, never content: the sharer's company is not on the page.
    assert "Acme" not in cohort_page
    row = cohort_page.split("sharer@example.org")[1].split("</tr>")[0]
    assert [cell.split("<")[0] for cell in row.split("<td>")[1:]] == ["0", "2", "1"]
    sharing.post(f"/orgs/{organisation.pk}/share/", {"share": "0"})
    after = page(counsellor.get(f"/orgs/{organisation.pk}/cohorts/{cohort_pk}/"))
    assert after.count("Not shared") == 2


def test_another_organisations_counsellor_finds_nothing(account: Any) -> None:
    admin, organisation, cohort_pk = _org_with_cohort(account)
    account("other@example.org")
    other = sign_in("other@example.org")
    other.post("/orgs/", {"name": "Elsewhere"})
    assert other.get(f"/orgs/{organisation.pk}/").status_code == 404
    assert other.get(f"/orgs/{organisation.pk}/cohorts/{cohort_pk}/").status_code == 404
    assert (
        other.post(
            f"/orgs/{organisation.pk}/invite/", {"email": "x@example.org", "role": "counsellor"}
        ).status_code
        == 404
    )
    # A candidate sees no cohort page either.
    account("cand@example.org")
    candidate = _join(admin, organisation, "cand@example.org", "candidate", str(cohort_pk))
    assert candidate.get(f"/orgs/{organisation.pk}/cohorts/{cohort_pk}/").status_code == 404


def test_an_invitation_works_once_for_its_address_until_it_expires(account: Any) -> None:
    admin, organisation, _cohort_pk = _org_with_cohort(account)
    admin.post(
        f"/orgs/{organisation.pk}/invite/",
        {"email": "cand@example.org", "role": "candidate", "cohort": ""},
    )
    link = last_link("/join/")
    account("wrong@example.org")
    assert "another email address" in page(sign_in("wrong@example.org").post(link))
    OrgInvite.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    account("cand@example.org")
    candidate = sign_in("cand@example.org")
    assert "expired" in page(candidate.post(link))
    OrgInvite.objects.update(expires_at=timezone.now() + timedelta(days=1))
    assert candidate.post(link).status_code == 302
    assert "already been used" in page(candidate.post(link))
    assert Membership.objects.filter(user__email="cand@example.org").count() == 1


def test_leaving_keeps_the_data_or_deletes_it(account: Any) -> None:
    admin, organisation, _cohort_pk = _org_with_cohort(account)
    keeper = account("keeper@example.org")
    leaver = account("leaver@example.org")
    keeping = _join(admin, organisation, "keeper@example.org", "candidate", "")
    deleting = _join(admin, organisation, "leaver@example.org", "candidate", "")
    for user in (keeper, leaver):
        Interview.objects.create(owner=user, company="Acme", role="Analyst")
        Story.objects.create(owner=user, title="Routes")
    assert "Download all your data" in page(keeping.get(f"/orgs/{organisation.pk}/leave/"))
    keeping.post(f"/orgs/{organisation.pk}/leave/", {"data": "keep"})
    deleting.post(f"/orgs/{organisation.pk}/leave/", {"data": "delete"})
    assert not Membership.objects.filter(user__in=[keeper, leaver]).exists()
    assert Interview.objects.filter(owner=keeper).count() == 1
    assert Story.objects.filter(owner=keeper).count() == 1
    assert not Interview.objects.filter(owner=leaver).exists()
    assert not Story.objects.filter(owner=leaver).exists()


def test_the_only_admin_cannot_leave_the_organisation_orphaned(account: Any) -> None:
    admin, organisation, _cohort_pk = _org_with_cohort(account)
    response = admin.post(f"/orgs/{organisation.pk}/leave/", {"data": "keep"}, follow=True)
    assert "only admin" in page(response)
    assert Membership.objects.filter(organisation=organisation).count() == 1
