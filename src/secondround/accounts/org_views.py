"""Organisation pages: create one, invite people, cohorts and their progress, share, leave.

Every page finds the signed-in user's membership of the organisation first; without one the
organisation does not exist for them (404), and a cohort belongs to the organisation in the
address or is not found either.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.mail import send_mail
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from secondround.accounts.forms import CohortForm, OrganisationForm, OrgInviteForm
from secondround.accounts.models import Cohort, Membership, OrgRole
from secondround.services import organisations as orgs
from secondround.services.sharing import ShareError
from secondround.web.owner import SignedInRequest


def _member(request: SignedInRequest, org_pk: int, *roles: str) -> Membership:
    member = orgs.membership(request.user, org_pk)
    if member is None or (roles and member.role not in roles):
        raise Http404("No such organisation.")
    return member


def _first_error(form: forms.Form) -> str:
    return str(next(iter(form.errors.values()))[0])


def _verified(request: SignedInRequest) -> set[str]:
    from allauth.account.models import EmailAddress

    return {
        e.lower()
        for e in EmailAddress.objects.filter(user=request.user, verified=True).values_list(
            "email", flat=True
        )
    }


@require_http_methods(["GET", "POST"])
def org_list(request: SignedInRequest) -> HttpResponse:
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        organisation = orgs.create(request.user, form.cleaned_data["name"])
        messages.success(request, f"{organisation} created; you are its admin.")
        return redirect("org_detail", org_pk=organisation.pk)
    return render(
        request,
        "accounts/org_list.html",
        {"form": form, "memberships": orgs.memberships_of(request.user)},
    )


def _cohort_choices(member: Membership) -> list[tuple[int, str]]:
    return [(c.pk, c.name) for c in member.organisation.cohorts.all()]


def org_detail(request: SignedInRequest, org_pk: int) -> HttpResponse:
    member = _member(request, org_pk)
    organisation = member.organisation
    staff = member.role in orgs.STAFF
    context: dict[str, object] = {"member": member, "organisation": organisation, "staff": staff}
    if staff:
        context["members"] = organisation.memberships.select_related("user", "cohort").order_by(
            "role", "user__email"
        )
        context["cohorts"] = organisation.cohorts.all()
        if member.role == OrgRole.ADMIN:
            context["invite_form"] = OrgInviteForm(cohorts=_cohort_choices(member))
            context["cohort_form"] = CohortForm()
    return render(request, "accounts/org_detail.html", context)


@require_POST
def org_invite(request: SignedInRequest, org_pk: int) -> HttpResponse:
    member = _member(request, org_pk, OrgRole.ADMIN)
    form = OrgInviteForm(request.POST, cohorts=_cohort_choices(member))
    if not form.is_valid():
        messages.error(request, _first_error(form))
        return redirect("org_detail", org_pk=org_pk)
    cohort_pk = form.cleaned_data["cohort"]
    cohort = member.organisation.cohorts.filter(pk=cohort_pk).first() if cohort_pk else None
    invitation, token = orgs.invite(
        member.organisation,
        form.cleaned_data["email"],
        form.cleaned_data["role"],
        cohort,
        timezone.now(),
    )
    link = request.build_absolute_uri(reverse("org_join", args=[token]))
    send_mail(
        subject=f"secondround: join {member.organisation}",
        message=(
            f"{member.organisation} invites you to secondround as a {invitation.role}.\n\n"
            f"Open this link to join (it works once, for {orgs.INVITE_DAYS} days):\n{link}\n\n"
            "What you prepare stays yours: the organisation sees your progress only if you "
            "choose to share it.\n"
        ),
        from_email=None,
        recipient_list=[invitation.email],
    )
    messages.success(request, f"Invitation sent to {invitation.email}.")
    return redirect("org_detail", org_pk=org_pk)


@require_POST
def org_cohort_new(request: SignedInRequest, org_pk: int) -> HttpResponse:
    member = _member(request, org_pk, OrgRole.ADMIN)
    form = CohortForm(request.POST)
    if form.is_valid():
        try:
            cohort = orgs.add_cohort(member.organisation, form.cleaned_data["name"])
        except orgs.OrgError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"Cohort {cohort} added.")
    else:
        messages.error(request, _first_error(form))
    return redirect("org_detail", org_pk=org_pk)


@require_POST
def org_member_cohort(request: SignedInRequest, org_pk: int, member_pk: int) -> HttpResponse:
    member = _member(request, org_pk, OrgRole.ADMIN)
    raw = request.POST.get("cohort", "")
    try:
        orgs.set_cohort(member.organisation, member_pk, int(raw) if raw.isdigit() else None)
    except orgs.OrgError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Cohort saved.")
    return redirect("org_detail", org_pk=org_pk)


def org_cohort(request: SignedInRequest, org_pk: int, cohort_pk: int) -> HttpResponse:
    member = _member(request, org_pk, *orgs.STAFF)
    cohort: Cohort = get_object_or_404(member.organisation.cohorts, pk=cohort_pk)
    rows = orgs.cohort_progress(cohort, timezone.now())
    return render(
        request,
        "accounts/org_cohort.html",
        {"organisation": member.organisation, "cohort": cohort, "rows": rows},
    )


@require_POST
def org_share(request: SignedInRequest, org_pk: int) -> HttpResponse:
    member = _member(request, org_pk, OrgRole.CANDIDATE)
    shares = request.POST.get("share") == "1"
    orgs.set_sharing(member, shares)
    messages.success(
        request,
        f"{member.organisation} now sees your progress."
        if shares
        else f"{member.organisation} no longer sees your progress.",
    )
    return redirect("org_detail", org_pk=org_pk)


@require_http_methods(["GET", "POST"])
def org_leave(request: SignedInRequest, org_pk: int) -> HttpResponse:
    member = _member(request, org_pk)
    if request.method == "POST":
        delete_data = request.POST.get("data") == "delete"
        try:
            orgs.leave(member, delete_data)
        except orgs.OrgError as exc:
            messages.error(request, str(exc))
            return redirect("org_detail", org_pk=org_pk)
        messages.success(
            request,
            f"You left {member.organisation}"
            + (" and your interviews, dry runs and stories are deleted." if delete_data else "."),
        )
        return redirect("org_list")
    return render(request, "accounts/org_leave.html", {"member": member})


@require_http_methods(["GET", "POST"])
def org_join(request: SignedInRequest, token: str) -> HttpResponse:
    invitation = orgs.org_invitation(token)
    if request.method == "POST":
        try:
            member = orgs.join(request.user, token, _verified(request), timezone.now())
        except (orgs.OrgError, ShareError) as exc:
            return render(request, "accounts/invite_refused.html", {"reason": str(exc)}, status=410)
        messages.success(request, f"You joined {member.organisation}.")
        return redirect("org_detail", org_pk=member.organisation_id)
    if invitation is None:
        reason = "This invitation link is not valid; ask the organisation for a new one."
        return render(request, "accounts/invite_refused.html", {"reason": reason}, status=404)
    return render(request, "accounts/org_join.html", {"invitation": invitation})
