"""Pages of the dry run. Each view is a few lines around services.practice."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from secondround.core.charts import NARROW, WIDE, Series, line_chart, session_labels
from secondround.core.competencies import COMPETENCIES, competency_label
from secondround.core.marking import FRIEND_RUBRIC
from secondround.interviews.models import Interview
from secondround.practice.forms import (
    AnswerForm,
    StartForm,
    friend_mark_forms,
    save_friend_marks,
)
from secondround.practice.models import PracticeAnswer, PracticeSession
from secondround.services import practice
from secondround.services.friend_script import script_pdf
from secondround.services.stories import after_answer
from secondround.services.transcription import voice_available
from secondround.voice.services import attach_recording
from secondround.web.owner import SignedInRequest, own_dry_run, own_interview

# The progress page lists this many dry runs, latest first, before "Show all".
HISTORY_LENGTH = 20


@require_http_methods(["GET", "POST"])
def start(request: SignedInRequest, interview_pk: int) -> HttpResponse:
    interview: Interview = own_interview(request, interview_pk)
    people = [(p.name, p.role) for p in interview.people.all()]
    form = StartForm(request.POST or None, people=people)
    if request.method == "POST" and form.is_valid():
        try:
            session = practice.start_session(
                request.user,
                interview,
                form.cleaned_data["length"],
                form.cleaned_data["asked_by"],
                include_mastered=form.cleaned_data["include_mastered"],
            )
        except practice.PracticeError as exc:
            form.add_error(None, str(exc))
        else:
            return redirect("practice_session", pk=session.pk)
    recent = practice.sessions_of(request.user).filter(interview=interview)[:5]
    return render(
        request, "practice/start.html", {"interview": interview, "form": form, "recent": recent}
    )


@require_http_methods(["GET", "POST"])
def session_view(request: SignedInRequest, pk: int) -> HttpResponse:
    session = own_dry_run(request, pk)
    form = None
    if request.method == "POST":
        form = AnswerForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                answer = practice.record_answer(
                    session, data["position"], data["is_probe"], data["answer"], data["duration_s"]
                )
            except practice.PracticeError as exc:
                form.add_error("answer", str(exc))
            else:
                attach_recording(request.user, request.POST.get("voice_recording", ""), answer)
                return redirect(f"{request.path}?after={answer.pk}")
    step = practice.next_step(session)
    after = None
    after_id = request.GET.get("after", "")
    if after_id.isdigit():
        after = session.answers.filter(pk=int(after_id)).first()
    if step is None and after is None:
        return redirect("practice_report", pk=session.pk)
    if form is None or (step is not None and form.data.get("position") != str(step.position)):
        initial = {"position": step.position, "is_probe": step.is_probe} if step else {}
        form = AnswerForm(initial=initial)
    return render(
        request,
        "practice/session.html",
        {
            "session": session,
            "step": step,
            "form": form,
            "after": after,
            "best": best_after(session, after),
            "total": len(session.plan),
            "voice_available": voice_available(),
        },
    )


def best_after(session: PracticeSession, after: PracticeAnswer | None) -> object:
    """The story that would have fitted the question just answered best, if not the one told."""
    if after is None or after.position >= len(session.plan):
        return None
    question = session.plan[after.position]
    return after_answer(session.owner, session.interview, question, after.text)


def report_view(request: SignedInRequest, pk: int) -> HttpResponse:
    session = own_dry_run(request, pk)
    summary = practice.report(session)
    marks = {mark.position: mark for mark in session.marks.all()}
    rows = [(q, marks.get(q.position)) for q in summary.questions]
    return render(
        request,
        "practice/report.html",
        {"session": session, "summary": summary, "rows": rows},
    )


def history(request: SignedInRequest) -> HttpResponse:
    rows = practice.history_rows(request.user)
    labels = session_labels([timezone.localtime(row.created_at) for row, _ in rows])
    overall = [
        Series("With follow-ups", [scores.overall for _, scores in rows]),
        Series("First answers", [scores.first_overall for _, scores in rows]),
    ]
    # Only the sixteen competencies are charted as competencies; salary, motivation and other
    # kinds of question count in the overall score.
    competencies = sorted(
        {key for _, scores in rows for key in scores.by_competency if key in COMPETENCIES}
    )[:8]
    by_competency = [
        Series(competency_label(key), [scores.by_competency.get(key) for _, scores in rows])
        for key in competencies
    ]
    overall_title = "Overall score per dry run: first answers and with their follow-ups"
    competency_title = "Score per competency per dry run, with follow-ups"
    # The charts cover every dry run; the list opens on the latest, the rest one click away.
    latest = list(reversed(rows))
    shown = len(latest) if request.GET.get("all") == "1" else min(len(latest), HISTORY_LENGTH)
    return render(
        request,
        "practice/history.html",
        {
            "rows": latest[:shown],
            "shown": shown,
            "total": len(latest),
            "overall_charts": _both_sizes(labels, overall, overall_title),
            "competency_charts": _both_sizes(labels, by_competency, competency_title)
            if by_competency
            else None,
            "has_data": bool(rows),
        },
    )


def _both_sizes(labels: list[str], series: list[Series], title: str) -> dict[str, str]:
    # Drawn twice, for a desktop and for a phone, so the text is never shrunk to unreadable.
    return {
        "wide": line_chart(labels, series, title, WIDE),
        "narrow": line_chart(labels, series, title, NARROW),
    }


def friend_script(request: SignedInRequest, pk: int) -> HttpResponse:
    session = own_dry_run(request, pk)
    return render(request, "practice/script.html", {"session": session, "rubric": FRIEND_RUBRIC})


def friend_script_pdf(request: SignedInRequest, pk: int) -> HttpResponse:
    session = own_dry_run(request, pk)
    response = HttpResponse(script_pdf(session), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="dry-run-{session.pk}-script.pdf"'
    return response


@require_http_methods(["GET", "POST"])
def friend_marks(request: SignedInRequest, pk: int) -> HttpResponse:
    session = own_dry_run(request, pk)
    forms = friend_mark_forms(session, request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if save_friend_marks(forms):
            messages.success(request, "Your friend's marks are saved beside the coach's.")
            return redirect("practice_report", pk=session.pk)
        messages.error(request, "Nothing was saved: please fix what is marked below.")
    return render(request, "practice/friend.html", {"session": session, "forms": forms})
