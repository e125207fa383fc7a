"""The questions to ask each person: pin, reword, reorder, add your own, dismiss."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from secondround.services import asking
from secondround.web.owner import SignedInRequest, own_interview

SAVED = {
    "pin": "Pinned.",
    "unpin": "Unpinned.",
    "dismiss": "Hidden; the next suggestion takes its place.",
    "edit": "Saved your wording.",
    "add": "Added your question.",
    "up": "Moved.",
    "down": "Moved.",
    "delete": "Removed.",
}


@require_http_methods(["GET", "POST"])
def ask(request: SignedInRequest, pk: int) -> HttpResponse:
    interview = own_interview(request, pk)
    if request.method == "POST":
        action = request.POST.get("action", "")
        person = request.POST.get("person", "")
        try:
            asking.change(
                interview,
                person,
                action,
                key=request.POST.get("key", ""),
                text=request.POST.get("text", ""),
            )
        except asking.AskingError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, SAVED[action])
        anchor = f"#person-{person}" if person.isdigit() else ""
        return redirect(request.path + anchor)
    people, left_out = asking.questions_by_person(interview)
    return render(
        request,
        "asking/ask.html",
        {"interview": interview, "people": people, "left_out": left_out},
    )
