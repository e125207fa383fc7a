"""After an answer is sent, the question it answered stays on screen above its feedback."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from django.test import Client

from tests.web.test_dry_run import JOB, NO_RESULT, answer, start


def _answered_question(page: str) -> str:
    found = re.search(r'<p class="answered-question" id="answered-question">(.*?)</p>', page)
    assert found, "the answered question is not on the page"
    return unescape(found.group(1))


def test_the_question_stays_above_the_feedback_on_it(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB)
    session = start(client_in, interview.pk)
    page = answer(client_in, session, NO_RESULT).content.decode()
    assert _answered_question(page) == session.plan[0]["text"]
    assert page.index("answered-question") < page.index("Feedback on your answer")


def test_a_follow_up_answer_shows_the_follow_up_it_answered(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB)
    session = start(client_in, interview.pk)
    answer(client_in, session, NO_RESULT)
    probe = session.answers.get().feedback["probe"]
    assert probe
    page = answer(client_in, session, "Late slots fell from 12 a week to 2.").content.decode()
    assert _answered_question(page) == probe
    assert "The follow-up to question 1" in page


def test_a_probe_stored_with_markdown_asterisks_is_shown_plain(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB)
    session = start(client_in, interview.pk)
    answer(client_in, session, NO_RESULT)
    stored = session.answers.get()
    stored.feedback = {**stored.feedback, "probe": "What did *you* do?"}
    stored.save()
    page = client_in.get(f"/practice/{session.pk}/").content.decode()
    assert "What did you do?" in page
    assert "*you*" not in page
