"""The plan and the dry run show "your story for this question"; after an answer, the story that
would have fitted best; any coached or dry-run answer can be saved as a story."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.test import Client

from secondround.practice.models import PracticeSession

from .stories import stored

JOB = (
    "Team leader. You will lead a team of six, resolve conflict between colleagues and solve "
    "problems under pressure. Essential: leadership and conflict resolution."
)
ANSWER = (
    "Two of my colleagues disagreed about who owned the weekly report. I met each of them and "
    "proposed a rota. The report has gone out on time for six months."
)


def bank(user: User) -> None:
    stored(
        user,
        "Leading the night shift",
        action="I led a team of six through a system outage and kept every ward informed.",
        competencies=["leadership"],
    )
    stored(
        user,
        "Two colleagues at odds",
        action="I met both colleagues and agreed a rota for the weekly report.",
        competencies=["conflict"],
    )


def start(client: Client, interview_id: int) -> PracticeSession:
    response = client.post(f"/interviews/{interview_id}/practice/", {"length": "5"})
    assert response.status_code == 302
    return PracticeSession.objects.get()


def test_the_plan_shows_each_questions_story(
    client_in: Client, user: User, make_interview: Any
) -> None:
    bank(user)
    interview = make_interview(job_description=JOB)
    page = client_in.get(f"/interviews/{interview.pk}/plan/").content.decode()
    assert "Your story for this question:" in page
    assert "Leading the night shift" in page
    assert "Two colleagues at odds" in page


def test_a_dry_run_keeps_the_assigned_story_with_each_question(
    client_in: Client, user: User, make_interview: Any
) -> None:
    bank(user)
    interview = make_interview(job_description=JOB)
    session = start(client_in, interview.pk)
    assigned = [q["story"]["title"] for q in session.plan if q["story"]["story"]]
    assert "Leading the night shift" in assigned
    page = client_in.get(f"/practice/{session.pk}/").content.decode()
    assert "Your story for this question:" in page


def test_after_an_answer_it_names_the_story_that_would_have_fitted_best(
    client_in: Client, user: User, make_interview: Any
) -> None:
    bank(user)
    interview = make_interview(job_description=JOB)
    session = start(client_in, interview.pk)
    first = session.plan[0]
    assert first["competency"] == "leadership"
    response = client_in.post(
        f"/practice/{session.pk}/",
        {"position": "0", "is_probe": "", "duration_s": "60", "answer": ANSWER},
        follow=True,
    )
    page = response.content.decode()
    assert "The story that would have fitted best:" in page
    assert "Leading the night shift" in page
    assert 'action="/stories/from-answer/"' in page


def test_no_best_fit_is_shown_when_the_best_story_was_the_one_told(
    client_in: Client, user: User, make_interview: Any
) -> None:
    bank(user)
    interview = make_interview(job_description=JOB)
    session = start(client_in, interview.pk)
    told = "I led a team of six through a system outage and kept every ward informed. It worked."
    response = client_in.post(
        f"/practice/{session.pk}/",
        {"position": "0", "is_probe": "", "duration_s": "60", "answer": told},
        follow=True,
    )
    assert "would have fitted best" not in response.content.decode()


def test_a_coached_answer_can_be_saved_as_a_story(client_in: Client) -> None:
    response = client_in.post(
        "/coach/", {"question": "Tell me about a disagreement.", "answer": ANSWER}
    )
    page = response.content.decode()
    assert "Save as a story" in page
    assert 'name="answer" value="Two of my colleagues disagreed' in page
