"""A populated workspace for the browser tests: one interview with everything filled in, long
texts and a long meeting link, people, notes with promises, dry runs (two on one day, one
unfinished) and a friend's marks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.contrib.auth.models import User
from django.utils import timezone

from secondround.interviews.models import Interview
from secondround.practice.models import FriendMark, PracticeAnswer, PracticeSession
from secondround.services import practice

JOB = (
    "Operations Team Leader, Northwind Logistics (regional depot).\n\n"
    "You will lead a team of six planners, juggle competing deadlines in a fast-paced depot, "
    "handle escalations from customers and drivers, and report weekly to the head of "
    "operations. You will organise the week's routes, resolve conflicts between shifts and "
    "prioritise when three urgent requests land at once. Excel and SQL essential; Power BI a "
    "plus. We value people who take the initiative, communicate clearly and stay calm under "
    "pressure.\n\n" + "Responsibilities include planning, reporting and coaching. " * 40
)
NOTES = (
    "1st round w/ Priya Shah (line manager) and Tom from HR - 45 mins\n"
    "- she asked whether I had managed a budget before, seemed unsure\n"
    "- promised to send my portfolio by Friday\n"
    "- I said I would send two references next week\n"
    "- team of 6, reports to Head of Ops, 3 days in office\n"
    "- next round: panel with the operations director\n" + "- talked about route planning\n" * 30
)
PLACE = (
    "https://teams.example.com/l/meetup-join/19%3ameeting_NzQ5ZjM0YTUtYjE4Ni00ZTc2LWE0OGQtMjAx"
    "YzA0ZTQ2OTMx%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab%22%7d"
)
STRONG = (
    "At our regional depot last spring, two of our biggest customers complained that "
    "deliveries were arriving up to two hours late. I was asked to find the cause within a "
    "month. I pulled six weeks of route data into Excel, mapped every late drop and found that "
    "70% came from one loading bay. I agreed an earlier shift with the bay supervisor and "
    "rewrote the loading order so the longest routes left first. Within three weeks late "
    "deliveries fell from 18% to 4%, and both customers renewed their contracts."
)
NO_RESULT = (
    "Last year our depot kept missing delivery slots for a big retailer. We went through the "
    "route sheets with the planners and changed the order the vans were loaded."
)
RESULT = "Missed slots fell from 12 a week to 2 within a month, and the retailer renewed."


@dataclass
class Workspace:
    interview: Interview
    finished: PracticeSession
    unfinished: PracticeSession
    answer: PracticeAnswer

    def pages(self) -> list[str]:
        """Every page of the app for this workspace, as a path."""
        i, s, u = self.interview.pk, self.finished.pk, self.unfinished.pk
        return [
            "/",
            "/interviews/new/",
            f"/interviews/{i}/",
            f"/interviews/{i}/edit/",
            f"/interviews/{i}/delete/",
            f"/interviews/{i}/plan/",
            f"/interviews/{i}/plan/?all=1",
            f"/interviews/{i}/debrief/",
            f"/interviews/{i}/practice/",
            f"/practice/{u}/",
            f"/practice/{u}/?after={self.answer.pk}",
            f"/practice/{s}/report/",
            f"/practice/{u}/report/",
            f"/practice/{s}/script/",
            f"/practice/{s}/friend/",
            "/practice/",
            "/coach/",
            "/coach/rubric/",
            "/questions/",
            "/questions/?competency=teamwork",
            "/data/",
        ]


def _answer_all(session: PracticeSession, text: str) -> None:
    while (step := practice.next_step(session)) is not None:
        practice.record_answer(
            session, step.position, step.is_probe, RESULT if step.is_probe else text, 70
        )


def populate(user: User, make_interview: Any) -> Workspace:
    interview = make_interview(
        company="Northwind Logistics and Distribution Services",
        role="Operations team leader (regional depot, nights and weekends)",
        job_description=JOB,
        notes=NOTES,
        place=PLACE,
        timezone="Europe/London",
        people=[
            ("Priya Shah", "line_manager"),
            ("Alexandra Montgomery-Fitzwilliam", "senior_executive"),
            ("Sam Lee", "team_member"),
        ],
    )
    earlier = practice.start_session(user, interview, 3)
    _answer_all(earlier, NO_RESULT)
    finished = practice.start_session(user, interview, 5)
    _answer_all(finished, STRONG)
    # Two dry runs on one day, a week ago, and one today.
    day = timezone.now() - timedelta(days=7)
    PracticeSession.objects.filter(pk=earlier.pk).update(created_at=day)
    PracticeSession.objects.filter(pk=finished.pk).update(created_at=day + timedelta(hours=3))
    FriendMark.objects.create(
        session=finished, position=0, heard_action=True, rating=4, comment="Say the number first."
    )
    unfinished = practice.start_session(user, interview, 3)
    answer = practice.record_answer(unfinished, 0, False, NO_RESULT, 50)
    return Workspace(interview, finished, unfinished, answer)
