"""Pages of the interview workspace. Each view is a few lines around the workspace service."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from secondround.interviews.forms import InterviewForm, PeopleFormSet
from secondround.interviews.models import Interview
from secondround.services import debrief
from secondround.services.workspace import (
    card_for,
    dashboard,
    interviews_of,
    save_workspace,
    what_goes,
)


def _own(request: HttpRequest, pk: int) -> Interview:
    return get_object_or_404(interviews_of(request.user), pk=pk)  # type: ignore[arg-type]


def home(request: HttpRequest) -> HttpResponse:
    upcoming, past = dashboard(request.user, timezone.now())  # type: ignore[arg-type]
    return render(request, "interviews/dashboard.html", {"upcoming": upcoming, "past": past})


@require_http_methods(["GET", "POST"])
def interview_new(request: HttpRequest) -> HttpResponse:
    return _edit(request, Interview())


@require_http_methods(["GET", "POST"])
def interview_edit(request: HttpRequest, pk: int) -> HttpResponse:
    return _edit(request, _own(request, pk))


def _edit(request: HttpRequest, interview: Interview) -> HttpResponse:
    creating = interview.pk is None
    if request.method == "POST":
        form = InterviewForm(request.POST, request.FILES, instance=interview)
        people = PeopleFormSet(request.POST, instance=interview, prefix="people")
        if form.is_valid() and people.is_valid():
            saved = save_workspace(form, people, request.user)  # type: ignore[arg-type]
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


def interview_detail(request: HttpRequest, pk: int) -> HttpResponse:
    interview = _own(request, pk)
    card = card_for(interview, timezone.now())
    promises = debrief.promise_rows(interview) if interview.notes else []
    return render(
        request,
        "interviews/detail.html",
        {"interview": interview, "card": card, "promises": promises},
    )


@require_http_methods(["GET", "POST"])
def interview_delete(request: HttpRequest, pk: int) -> HttpResponse:
    interview = _own(request, pk)
    if request.method == "POST":
        name = str(interview)
        interview.delete()
        messages.success(request, f"Deleted {name}.")
        return redirect("home")
    return render(
        request, "interviews/delete.html", {"interview": interview, "goes": what_goes(interview)}
    )
