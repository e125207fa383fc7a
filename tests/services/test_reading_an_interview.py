"""services.planning.read_interview: the stored interview turned into the core's plan."""

from __future__ import annotations

from typing import Any

from secondround.services.planning import read_interview

ADVERT = (
    "We are looking for an operations analyst to lead a small team, manage stakeholders and "
    "solve problems under pressure. You will plan the weekly schedule and resolve conflicts."
)


def test_it_plans_the_count_asked_for_from_the_job_advert(make_interview: Any) -> None:
    interview = make_interview(job_description=ADVERT)
    reading = read_interview(interview, count=5)
    assert len(reading.plan.questions) == 5
    assert reading.job.competencies, "the advert names competencies"


def test_the_same_seed_gives_the_same_plan(make_interview: Any) -> None:
    interview = make_interview(job_description=ADVERT)
    first = [q.question.id for q in read_interview(interview, count=5, seed=3).plan.questions]
    again = [q.question.id for q in read_interview(interview, count=5, seed=3).plan.questions]
    assert first == again


def test_questions_go_to_the_stored_person_of_the_chosen_role(make_interview: Any) -> None:
    interview = make_interview(job_description=ADVERT, people=[("Ann Bell", "hr")])
    plan = read_interview(interview, count=5, asked_by="hr").plan
    assert {q.for_role for q in plan.questions} == {"hr"}
    assert all(q.for_person == "Ann Bell" for q in plan.questions if "hr" in q.question.asked_by)
