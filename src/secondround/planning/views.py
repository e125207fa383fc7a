"""The plan of questions for an interview, and the debrief of its round-one notes."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from secondround.core.competencies import competency_label
from secondround.services import debrief as debrief_service
from secondround.services.planning import read_interview
from secondround.services.practice import mastered_competencies
from secondround.services.stories import attach_stories
from secondround.web.owner import SignedInRequest, own_interview

# The plan page opens on the questions that matter most; the rest are one click away.
PAGE_LENGTH = 20
SAVED = {
    "done": "Ticked off.",
    "undone": "Marked as not done yet.",
    "add_person": "Added to the people you will meet.",
}


def plan(request: SignedInRequest, pk: int) -> HttpResponse:
    interview = own_interview(request, pk)
    user = request.user
    include_mastered = request.GET.get("mastered") == "1"
    reading = read_interview(
        interview,
        mastered=mastered_competencies(user, interview),
        include_mastered=include_mastered,
    )
    competencies = [
        {**c.to_dict(), "label": competency_label(c.name)} for c in reading.job.competencies
    ]
    left_out = [
        (competency_label(key), round(score))
        for key, score in reading.plan.mastered_left_out.items()
    ]
    questions = [q.to_dict() for q in reading.plan.questions]
    shown = len(questions) if request.GET.get("all") == "1" else min(len(questions), PAGE_LENGTH)
    attach_stories(user, interview, questions)
    return render(
        request,
        "planning/plan.html",
        {
            "interview": interview,
            "questions": questions[:shown],
            "shown": shown,
            "total": len(questions),
            "competencies": competencies,
            "job": reading.job.to_dict(),
            "left_out": left_out,
            "include_mastered": include_mastered,
        },
    )


@require_http_methods(["GET", "POST"])
def debrief(request: SignedInRequest, pk: int) -> HttpResponse:
    interview = own_interview(request, pk)
    if request.method == "POST":
        kind, action = request.POST.get("kind", ""), request.POST.get("action", "")
        try:
            debrief_service.decide(
                interview,
                kind,
                request.POST.get("evidence", ""),
                action,
                request.POST.get("text", ""),
            )
        except debrief_service.DebriefError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, SAVED.get(action, "Saved."))
        # Back to where the click was, not the top of the page.
        if request.POST.get("next") == "detail":
            return redirect(reverse("interview_detail", args=[interview.pk]) + "#promises")
        anchor = f"#debrief-{kind}" if kind in debrief_service.KINDS else ""
        return redirect(reverse("interview_debrief", args=[interview.pk]) + anchor)
    return render(
        request,
        "planning/debrief.html",
        {
            "interview": interview,
            "sections": debrief_service.sections(interview),
            "note": debrief_service.reading_note(interview),
        },
    )
