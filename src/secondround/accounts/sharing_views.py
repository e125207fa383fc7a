"""Sharing, from both sides: the owner's page (invite, who has access, revoke, the access log)
and the pages of whoever was invited (what is shared with me, one interview, one dry run, the
reviewer's marks). Shared pages reach records only through the share (web/owner.py)."""

from __future__ import annotations

from django.contrib import messages
from django.core.mail import send_mail
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from secondround.accounts.forms import ALL_INTERVIEWS, InviteForm
from secondround.accounts.models import ShareRole
from secondround.practice.forms import friend_mark_forms, save_friend_marks
from secondround.services import practice, sharing
from secondround.services.workspace import interviews_of
from secondround.web.owner import (
    SignedInRequest,
    own_interview,
    received_share,
    shared_dry_run,
    shared_interview,
)


@require_http_methods(["GET", "POST"])
def sharing_page(request: SignedInRequest) -> HttpResponse:
    owner = request.user
    choices = [(i.pk, f"{i.company} – {i.role}") for i in interviews_of(owner)]
    form = InviteForm(request.POST or None, interviews=choices)
    new_link = ""
    if request.method == "POST":
        if form.is_valid():
            chosen = form.cleaned_data["interview"]
            interview = None if chosen == ALL_INTERVIEWS else own_interview(request, int(chosen))
            try:
                made = sharing.invite(
                    owner,
                    interview,
                    form.cleaned_data["role"],
                    form.cleaned_data["email"],
                    form.cleaned_data["days"],
                    timezone.now(),
                )
            except sharing.ShareError as exc:
                form.add_error(None, str(exc))
            else:
                link = request.build_absolute_uri(reverse("invite_accept", args=[made.token]))
                if made.share.email:
                    _mail_invitation(owner.email, made.share.email, str(made.share), link)
                    messages.success(request, f"Invitation sent to {made.share.email}.")
                    return redirect("sharing")
                new_link = link
                form = InviteForm(interviews=choices)
        if not new_link and form.errors:
            messages.error(request, "Nothing was sent: please fix what is marked below.")
    return render(
        request,
        "accounts/sharing.html",
        {
            "form": form,
            "new_link": new_link,
            "shares": sharing.shares_given(owner),
            "events": sharing.access_log(owner),
            "now": timezone.now(),
        },
    )


def _mail_invitation(sender: str, to: str, what: str, link: str) -> None:
    send_mail(
        subject="secondround: an invitation to help with interview practice",
        message=(
            f"{sender} invites you to secondround as {what}.\n\n"
            f"Open this link to accept (it works once):\n{link}\n\n"
            "If you do not know the sender, ignore this email.\n"
        ),
        from_email=None,
        recipient_list=[to],
    )


@require_POST
def revoke(request: SignedInRequest, pk: int) -> HttpResponse:
    try:
        share = sharing.revoke(request.user, pk, timezone.now())
    except sharing.ShareError as exc:
        raise Http404(str(exc)) from None
    who = share.grantee.email if share.grantee else (share.email or "the link")
    messages.success(request, f"Access withdrawn: {who} can no longer open {share}.")
    return redirect("sharing")


@require_http_methods(["GET", "POST"])
def invite_accept(request: SignedInRequest, token: str) -> HttpResponse:
    share = sharing.invitation_for(token)
    if request.method == "POST":
        try:
            share = sharing.accept(request.user, token, timezone.now())
        except sharing.ShareError as exc:
            return render(request, "accounts/invite_refused.html", {"reason": str(exc)}, status=410)
        sharing.log(share, request.user, "accepted the invitation")
        messages.success(request, f"You now have access: {share}.")
        return redirect("shared_share", share_pk=share.pk)
    if share is None:
        reason = "This invitation link is not valid; ask for a new one."
        return render(request, "accounts/invite_refused.html", {"reason": reason}, status=404)
    return render(request, "accounts/invite.html", {"share": share})


def shared_list(request: SignedInRequest) -> HttpResponse:
    return render(
        request, "accounts/shared_list.html", {"shares": sharing.shares_received(request.user)}
    )


def shared_share(request: SignedInRequest, share_pk: int) -> HttpResponse:
    share = received_share(request, share_pk)
    interviews = list(sharing.interviews_in(share))
    sharing.log(share, request.user, "opened the list of shared interviews")
    return render(request, "accounts/shared_share.html", {"share": share, "interviews": interviews})


def shared_interview_view(request: SignedInRequest, share_pk: int, pk: int) -> HttpResponse:
    share, interview = shared_interview(request, share_pk, pk)
    dry_runs = sharing.dry_runs_in(share).filter(interview=interview).order_by("-created_at")
    sharing.log(share, request.user, f"opened {interview}")
    return render(
        request,
        "accounts/shared_interview.html",
        {"share": share, "interview": interview, "dry_runs": dry_runs},
    )


def shared_dry_run_view(request: SignedInRequest, share_pk: int, pk: int) -> HttpResponse:
    share, session = shared_dry_run(request, share_pk, pk)
    summary = practice.report(session)
    marks = {mark.position: mark for mark in session.marks.all()}
    rows = [(q, marks.get(q.position)) for q in summary.questions]
    sharing.log(share, request.user, f"opened a dry run of {session.interview}")
    return render(
        request,
        "accounts/shared_dry_run.html",
        {
            "share": share,
            "session": session,
            "summary": summary,
            "rows": rows,
            "reviewer": share.role == ShareRole.REVIEWER,
        },
    )


@require_http_methods(["GET", "POST"])
def shared_marks(request: SignedInRequest, share_pk: int, pk: int) -> HttpResponse:
    share, session = shared_dry_run(request, share_pk, pk)
    if share.role != ShareRole.REVIEWER:
        return render(
            request,
            "accounts/invite_refused.html",
            {"reason": "You were invited as a viewer: you can read this dry run, not mark it."},
            status=403,
        )
    forms = friend_mark_forms(session, request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if save_friend_marks(forms):
            sharing.log(share, request.user, f"entered marks on a dry run of {session.interview}")
            messages.success(request, "Your marks are saved beside the coach's feedback.")
            return redirect("shared_dry_run", share_pk=share.pk, pk=session.pk)
        messages.error(request, "Nothing was saved: please fix what is marked below.")
    back = reverse("shared_dry_run", args=[share.pk, session.pk])
    return render(
        request, "practice/friend.html", {"session": session, "forms": forms, "back_url": back}
    )
