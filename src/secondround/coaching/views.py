"""The "Coach an answer" page and the published rubric."""

from __future__ import annotations

from django import forms
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from secondround.coaching.forms import BankFilterForm, CoachForm
from secondround.core.coach import analyse_answer
from secondround.services.coaching import bank_questions, bank_rows, rubric_rows
from secondround.services.transcription import voice_available
from secondround.services.workspace import interviews_of
from secondround.web.owner import SignedInRequest


@require_http_methods(["GET", "POST"])
def coach(request: SignedInRequest) -> HttpResponse:
    user = request.user
    interviews = list(interviews_of(user))
    # A question picked elsewhere (the plan) arrives in the address, ready to answer.
    initial = {
        "question": request.GET.get("question", "")[:500],
        "interview": request.GET.get("interview", ""),
    }
    form = CoachForm(request.POST or None, initial=initial)
    field = form.fields["interview"]
    assert isinstance(field, forms.ChoiceField)
    field.choices = [("", "No particular job")] + [
        (i.pk, f"{i.company} – {i.role}") for i in interviews
    ]
    result = None
    if request.method == "POST" and form.is_valid():
        job = None
        chosen = form.cleaned_data["interview"]
        if chosen is not None:
            job = next((i.job_description for i in interviews if i.pk == chosen), None) or None
        feedback = analyse_answer(
            form.cleaned_data["answer"], question=form.cleaned_data["question"] or None, job=job
        )
        result = feedback.to_dict()
    return render(
        request,
        "coaching/coach.html",
        {
            "form": form,
            "result": result,
            "questions": bank_questions(),
            "voice_available": voice_available(),
        },
    )


def rubric(request: SignedInRequest) -> HttpResponse:
    return render(request, "coaching/rubric.html", {"rows": rubric_rows()})


def question_bank(request: SignedInRequest) -> HttpResponse:
    """The bank of questions, filtered by competency, kind and who asks."""
    form = BankFilterForm(request.GET or None)
    chosen = form.cleaned_data if form.is_valid() else {}
    questions = bank_rows(
        competency=chosen.get("competency", ""),
        kind=chosen.get("kind", ""),
        asked_by=chosen.get("asked_by", ""),
    )
    return render(
        request,
        "coaching/bank.html",
        {"form": form, "questions": questions, "filtered": any(chosen.values())},
        status=400 if form.errors else 200,
    )
