"""The progress page reads each dry run's stored scores: the same as its report, no feedback."""

from __future__ import annotations

import re
from typing import Any

from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from secondround.practice.models import PracticeSession
from secondround.services import practice

JOB = (
    "We are hiring an operations analyst to plan delivery routes, lead a small team and resolve "
    "conflicts between depots. You will prioritise competing requests under pressure."
)
STRONG = (
    "At a regional depot last spring, two of our biggest customers complained that deliveries "
    "were arriving up to two hours late. I was asked to find the cause within a month. I pulled "
    "six weeks of route data into Excel and found that 70% came from one loading bay. I agreed "
    "an earlier shift with the supervisor. Within three weeks late deliveries fell from 18% to 4%."
)
NO_RESULT = (
    "Last year our depot kept missing delivery slots for a big retailer. I went through the route "
    "sheets with the planners and I changed the order the vans were loaded."
)
RESULT = "As a result, missed slots fell from twelve a week to two, and the retailer renewed."


def run_through(user: User, interview: Any, length: int = 3) -> PracticeSession:
    """A dry run answered to the end, the first question with a follow-up."""
    session = practice.start_session(user, interview, length)
    while (step := practice.next_step(session)) is not None:
        # A weak first answer (it gets a follow-up), then strong ones.
        weak = NO_RESULT if step.position == 0 else STRONG
        text = RESULT if step.is_probe else weak
        practice.record_answer(session, step.position, step.is_probe, text, None)
    session.refresh_from_db()
    return session


def test_the_stored_scores_are_the_reports_with_and_without_follow_ups(
    user: User, make_interview: Any
) -> None:
    session = run_through(user, make_interview(job_description=JOB))
    summary = practice.report(session)
    assert any(q.probe_answer for q in summary.questions), "the weak answer gets a follow-up"
    stored = session.scores
    assert summary.overall is not None
    assert stored.overall == summary.overall.with_follow_up == session.overall
    assert stored.first_overall == summary.first_overall == summary.overall.first
    assert stored.by_competency == {
        key: pair.with_follow_up
        for key, pair in {**summary.by_competency, **summary.by_kind}.items()
    }
    assert stored.scores == summary.scores
    first = [q.answer.overall for q in summary.questions if q.answer]
    assert stored.first_overall == round(sum(first) / len(first))
    followed = next(q for q in summary.questions if q.probe_answer)
    assert followed.answer is not None and followed.overall_with_follow_up is not None
    assert followed.overall_with_follow_up != followed.answer.overall


def test_the_progress_page_shows_each_dry_runs_overall_without_reading_feedback(
    client_in: Client, user: User, make_interview: Any
) -> None:
    session = run_through(user, make_interview(job_description=JOB))
    with CaptureQueriesContext(connection) as queries:
        page = client_in.get("/practice/").content.decode()
    overall = practice.report(session).overall
    assert overall is not None
    assert (
        f"first answers {overall.first} · with follow-ups {overall.with_follow_up} · Finished"
        in page
    )
    assert f'href="/practice/{session.pk}/report/">Northwind · ' in page
    read = " ".join(q["sql"] for q in queries.captured_queries)
    assert "practice_practiceanswer" not in read
    assert "feedback" not in read


def test_the_progress_page_lists_the_latest_twenty_and_the_rest_on_request(
    client_in: Client, user: User, make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB)
    first = run_through(user, interview, length=3)
    for _ in range(21):
        session = practice.start_session(user, interview, 3)
        practice.record_answer(session, 0, False, STRONG, None)
    page = client_in.get("/practice/").content.decode()
    assert "The latest 20 of 22 dry runs" in page
    assert len(re.findall(r'href="/practice/\d+/report/"', page)) == 20
    assert f'href="/practice/{first.pk}/report/"' not in page
    everything = client_in.get("/practice/?all=1").content.decode()
    assert len(re.findall(r'href="/practice/\d+/report/"', everything)) == 22
    assert f'href="/practice/{first.pk}/report/"' in everything


def test_a_dry_run_with_no_answer_yet_is_not_charted(
    client_in: Client, user: User, make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB)
    empty = practice.start_session(user, interview, 3)
    page = client_in.get("/practice/").content.decode()
    assert f'href="/practice/{empty.pk}/report/"' not in page
    assert "No dry runs yet" in page
