"""Pages of the day itself: loose ends, the prep pack (page, PDF, calendar) and the follow-up.
Each view is a few lines around the dayof, kit and followup services."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from secondround.dayof.forms import (
    FollowUpForm,
    HolidayFormSet,
    LooseEndsForm,
    ReferenceFormSet,
    save_loose_ends,
)
from secondround.services import followup, kit
from secondround.services.dayof import (
    dayof_of,
    loose_ends_for,
    thank_you_reminder,
)
from secondround.web.owner import SignedInRequest, own_interview


def _download(content: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_http_methods(["GET", "POST"])
def loose_ends(request: SignedInRequest, pk: int) -> HttpResponse:
    interview = own_interview(request, pk)
    record = dayof_of(interview)
    if request.method == "POST":
        form = LooseEndsForm(request.POST, instance=record)
        holidays = HolidayFormSet(request.POST, instance=interview, prefix="holidays")
        references = ReferenceFormSet(request.POST, instance=interview, prefix="references")
        if form.is_valid() and holidays.is_valid() and references.is_valid():
            save_loose_ends(interview, form, holidays, references)
            messages.success(request, "Loose ends saved.")
            return redirect("loose_ends", pk=interview.pk)
        messages.error(request, "Nothing was saved: please fix what is marked below.")
    else:
        form = LooseEndsForm(instance=record)
        holidays = HolidayFormSet(instance=interview, prefix="holidays")
        references = ReferenceFormSet(instance=interview, prefix="references")
    items = loose_ends_for(interview, timezone.localdate())
    context = {
        "interview": interview,
        "form": form,
        "holidays": holidays,
        "references": references,
        "items": items,
        "open": sum(not item.prepared for item in items),
    }
    return render(request, "dayof/loose_ends.html", context)


def prep_pack(request: SignedInRequest, pk: int) -> HttpResponse:
    interview = own_interview(request, pk)
    now = timezone.now()
    pack = kit.pack_for(interview, timezone.localdate())
    try:
        practice = kit.practice_for(interview, now)
        calendar_problem = ""
    except kit.KitError as exc:
        practice, calendar_problem = [], str(exc)
    context = {
        "interview": interview,
        "pack": pack,
        "practice": practice,
        "calendar_problem": calendar_problem,
    }
    return render(request, "dayof/kit.html", context)


def prep_pack_pdf(request: SignedInRequest, pk: int) -> HttpResponse:
    interview = own_interview(request, pk)
    content = kit.kit_pdf(interview, timezone.localdate())
    return _download(content, "application/pdf", kit.download_name(interview, "-prep-pack.pdf"))


def calendar(request: SignedInRequest, pk: int) -> HttpResponse:
    interview = own_interview(request, pk)
    try:
        content = kit.kit_calendar(interview, timezone.now())
    except kit.KitError as exc:
        messages.error(request, str(exc))
        return redirect("prep_pack", pk=interview.pk)
    return _download(content, "text/calendar; charset=utf-8", kit.download_name(interview, ".ics"))


@require_http_methods(["GET", "POST"])
def follow_up(request: SignedInRequest, pk: int) -> HttpResponse:
    interview = own_interview(request, pk)
    people = list(interview.people.all())
    draft = followup.draft_for(interview) if people else None
    if request.method == "POST" and people:
        if request.POST.get("action") == "restore":
            followup.restore_draft(interview)
            messages.success(request, "The draft is written afresh from your notes.")
            return redirect("follow_up", pk=interview.pk)
        form = FollowUpForm(request.POST, people=people)
        if form.is_valid():
            followup.save_follow_up(interview, form.cleaned_data)
            messages.success(request, "Saved.")
            return redirect("follow_up", pk=interview.pk)
        messages.error(request, "Nothing was saved: please fix what is marked below.")
    else:
        record = dayof_of(interview)
        initial: dict[str, object] = {
            "sender_name": record.sender_name,
            "sender_email": record.sender_email,
            "subject": draft.subject if draft else "",
            "body": draft.body if draft else "",
            "thank_you_sent": record.thank_you_sent,
        }
        for person_pk, (email, note) in followup.notes_by_person(interview).items():
            initial[f"email_{person_pk}"] = email
            initial[f"note_{person_pk}"] = note
        form = FollowUpForm(initial=initial, people=people)
    context = {
        "interview": interview,
        "form": form,
        "mailto": followup.mailto_for(interview, draft) if people else "",
        "reminder": thank_you_reminder(interview, timezone.now()),
        "no_people": not people,
    }
    return render(request, "dayof/follow_up.html", context)


def follow_up_eml(request: SignedInRequest, pk: int) -> HttpResponse:
    interview = own_interview(request, pk)
    try:
        content = followup.eml_for(interview, timezone.now())
    except followup.FollowUpRefused as exc:
        messages.error(request, str(exc))
        return redirect("follow_up", pk=interview.pk)
    return _download(content, "message/rfc822", kit.download_name(interview, "-thank-you.eml"))


@require_POST
def next_round(request: SignedInRequest, pk: int) -> HttpResponse:
    interview = own_interview(request, pk)
    following = followup.start_next_round(interview, timezone.localdate())
    messages.success(
        request,
        f"Round {following.round} added, with your notes of round {interview.round}: "
        "add its date and who you will meet.",
    )
    return redirect("interview_edit", pk=following.pk)
