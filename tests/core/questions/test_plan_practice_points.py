"""A practice point from the candidate's own notes is planned early, with its fault as reason."""

from __future__ import annotations

from secondround.core.questions.plan import Concern, Need, PracticePoint, plan_questions

LEADERSHIP = Need("leadership", 3, "lead a team of eight engineers")


def test_a_practice_point_comes_after_the_concerns_and_before_the_job() -> None:
    point = PracticePoint("End every story with what happened", "forgot the result")
    concern = Concern("asked whether I had managed a budget", "organisation")
    plan = plan_questions([LEADERSHIP], concerns=[concern], practice=[point], count=5)
    reasons = [q.reason for q in plan.questions]
    assert "budget" in reasons[0]
    assert reasons[1] == (
        "You noted after an earlier round: “forgot the result”. "
        "Practise: End every story with what happened."
    )
    assert plan.questions[2].question.competency == "leadership"


def test_a_practice_point_picks_the_question_closest_to_its_words() -> None:
    point = PracticePoint("Prepare a real example", "weak answer on the difficult customer one")
    plan = plan_questions([LEADERSHIP], practice=[point], count=1)
    assert "customer" in plan.questions[0].question.text.lower()
