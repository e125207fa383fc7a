"""Competencies scored 80+ twice in recent first answers are left out of the plan."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from secondround.practice.models import PracticeAnswer, PracticeSession
from secondround.services.practice import mastered_competencies

JOB = (
    "You will lead a team of six, coach them weekly and resolve conflicts between depots. "
    "You will prioritise competing deadlines under pressure and organise the week."
)
PLAN: list[dict[str, Any]] = [
    {"id": "q1", "text": "Tell me about a time you led a team.", "competency": "leadership"},
    {"id": "q2", "text": "Tell me about a conflict you resolved.", "competency": "conflict"},
    {"id": "q3", "text": "Why this company?", "competency": None, "kind": "motivation"},
]


def scored(
    user: User, interview: Any, overall: list[int], probe: bool = False, days_ago: float = 1
) -> PracticeSession:
    """A dry run whose questions were answered with these overall scores, in plan order."""
    session = PracticeSession.objects.create(owner=user, interview=interview, plan=PLAN)
    for position, value in enumerate(overall):
        answer = PracticeAnswer.objects.create(
            session=session,
            position=position,
            is_probe=probe,
            prompt=PLAN[position]["text"],
            text="An answer.",
            feedback={"scores": {"overall": value, "structure": value}, "probe": None},
            overall=value,
        )
        PracticeAnswer.objects.filter(pk=answer.pk).update(
            created_at=timezone.now() - timedelta(days=days_ago)
        )
    return session


def test_two_first_answers_of_80_or_more_master_a_competency(
    user: User, make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB)
    scored(user, interview, [90, 60, 95])
    scored(user, interview, [84, 85])
    # conflict averages 72.5, the motivation question names no competency.
    assert mastered_competencies(user, interview) == {"leadership": 87.0}


def test_one_good_answer_or_a_good_follow_up_does_not_count(
    user: User, make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB)
    scored(user, interview, [95])
    scored(user, interview, [90, 90], probe=True)
    assert mastered_competencies(user, interview) == {}


def test_answers_older_than_30_days_do_not_count(user: User, make_interview: Any) -> None:
    interview = make_interview(job_description=JOB)
    scored(user, interview, [95], days_ago=40)
    scored(user, interview, [95], days_ago=2)
    assert mastered_competencies(user, interview) == {}


def test_another_users_answers_do_not_count(user: User, make_interview: Any) -> None:
    other = User.objects.create(username="other")
    theirs = make_interview(owner=other, job_description=JOB)
    scored(other, theirs, [95])
    scored(other, theirs, [95])
    assert mastered_competencies(user, make_interview(job_description=JOB)) == {}


def test_the_plan_page_leaves_a_mastered_competency_out(
    client_in: Client, user: User, make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB)
    scored(user, interview, [90])
    scored(user, interview, [92])
    page = client_in.get(f"/interviews/{interview.pk}/plan/").content.decode()
    assert "Left out because you have mastered them" in page
    assert "Leadership (average 91)" in page
