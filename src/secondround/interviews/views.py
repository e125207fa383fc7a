"""Pages of the interview workspace. Each view is a few lines around the workspace service."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from secondround.interviews.forms import InterviewForm, PeopleFormSet, save_interview
from secondround.interviews.models import Interview
from secondround.services import debrief
from secondround.services.workspace import (
    card_for,
    dashboard,
    what_goes,
)
from secondround.web.owner import SignedInRequest, own_interview


def home(request: SignedInRequest) -> HttpResponse:
    upcoming, past = dashboard(request.user, timezone.now())
    return render(request, "interviews/dashboard.html", {"upcoming": upcoming, "past": past})


@require_http_methods(["GET", "POST"])
def interview_new(request: SignedInRequest) -> HttpResponse:
    return _edit(request, Interview())


@require_http_methods(["GET", "POST"])
def interview_edit(request: SignedInRequest, pk: int) -> HttpResponse:
    return _edit(request, own_interview(request, pk))


def _edit(request: SignedInRequest, interview: Interview) -> HttpResponse:
    creating = interview.pk is None
    if request.method == "POST":
        form = InterviewForm(request.POST, request.FILES, instance=interview)
        people = PeopleFormSet(request.POST, instance=interview, prefix="people")
        if form.is_valid() and people.is_valid():
            saved = save_interview(form, people, request.user)
            messages.success(request, "Interview saved." if not creating else "Interview added.")
            return redirect("interview_detail", pk=saved.pk)
        messages.error(request, "Nothing was saved: please fix what is marked below.")
    else:
        form = InterviewForm(instance=interview)
        people = PeopleFormSet(instance=interview, prefix="people")
    return render(
        request,
        "interviews/edit.html",
        {"form": form, "people": people, "interview": interview, "creating": creating},
    )


def interview_detail(request: SignedInRequest, pk: int) -> HttpResponse:
    interview = own_interview(request, pk)
    card = card_for(interview, timezone.now())
    promises = debrief.promise_rows(interview) if interview.notes else []
    return render(
        request,
        "interviews/detail.html",
        {"interview": interview, "card": card, "promises": promises},
    )


@require_http_methods(["GET", "POST"])
def interview_delete(request: SignedInRequest, pk: int) -> HttpResponse:
    interview = own_interview(request, pk)
    if request.method == "POST":
        name = str(interview)
        interview.delete()
        messages.success(request, f"Deleted {name}.")
        return redirect("home")
    return render(
        request, "interviews/delete.html", {"interview": interview, "goes": what_goes(interview)}
    )
