"""The terminal report shows the same numbers as the web report: each first answer, and the
score with its follow-up, per question, per competency and overall."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from django.test import Client

from secondround.practice.models import PracticeAnswer, PracticeSession
from secondround.services import practice

NO_RESULT = (
    "Last year our depot kept missing delivery slots for a big retailer. I went through the "
    "route sheets with the planners and I changed the order the vans were loaded so the long "
    "routes left first."
)
RESULT = "Missed slots fell from 12 a week to 2 within a month, and the retailer renewed."


def _answers(count: int) -> bytes:
    # Each answer lacks a result; a follow-up may come, and gets the result.
    return "".join(f"{NO_RESULT}\n.\n{RESULT}\n.\n" for _ in range(count * 2)).encode()


def test_the_terminal_and_web_reports_show_the_same_two_scores(
    cli: Callable[..., Any], make_interview: Any, client_in: Client
) -> None:
    interview = make_interview()
    code, out, err = cli("practice", str(interview.pk), "--length", "3", stdin=_answers(3))
    assert code == 0, err
    session = PracticeSession.objects.get()
    summary = practice.report(session)
    assert summary.overall is not None
    assert PracticeAnswer.objects.filter(is_probe=True).exists()
    text = " ".join(out.split())
    assert (
        f"first answers {summary.overall.first}/100, with follow-ups "
        f"{summary.overall.with_follow_up}/100" in text
    )
    web = client_in.get(f"/practice/{session.pk}/report/").content.decode()
    web_text = " ".join(re.sub(r"<[^>]+>", " ", web).split())
    assert f"First answers {summary.overall.first} / 100" in web_text
    assert f"with follow-ups {summary.overall.with_follow_up} / 100" in web_text
    for q in summary.questions:
        assert q.scores is not None
        first = q.answer.overall if q.answer else None
        final = (q.probe_answer or q.answer).overall if q.answer else None
        assert (q.scores.first, q.scores.with_follow_up) == (first, final)
        row = re.compile(rf"│ {q.position + 1} .*│\s+{first} │\s+{final} │")
        assert row.search(out), out
        follow_up = f"with its follow-up {final}" if q.probe_answer else "no follow-up"
        assert f"Question {q.position + 1} · first answer {first} · {follow_up}" in web_text


def test_the_overall_is_the_mean_of_the_numbers_listed(make_interview: Any, user: Any) -> None:
    interview = make_interview()
    session = practice.start_session(user, interview, 3)
    for position in range(3):
        answer = practice.record_answer(session, position, False, NO_RESULT, None)
        if answer.feedback.get("probe"):
            practice.record_answer(session, position, True, RESULT, None)
    summary = practice.report(session)
    assert summary.overall is not None
    pairs = [q.scores for q in summary.questions if q.scores]
    assert summary.overall.first == round(sum(p.first for p in pairs) / len(pairs))
    assert summary.overall.with_follow_up == round(
        sum(p.with_follow_up for p in pairs) / len(pairs)
    )
    assert any(p.first != p.with_follow_up for p in pairs)
