from __future__ import annotations

from typing import Any

from django.test import Client

JOB = (
    "Team Leader, Customer Support. You will lead a team of eight advisers, coach them weekly and "
    "handle escalated complaints from customers. Experience of Zendesk is essential."
)


def test_the_plan_shows_each_question_with_its_reason(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB, people=[("Dana Cole", "senior_executive")])
    page = client_in.get(f"/interviews/{interview.pk}/plan/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "What to practise" in html
    questions = page.context["questions"]
    assert len(questions) == min(20, page.context["total"]) and len(questions) >= 15
    assert all(q["reason"] for q in questions)
    assert "Leadership" in html and "Team Leader" in html
    assert "Dana Cole" in html


def test_an_interview_without_a_job_description_still_gets_a_plan(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview()
    page = client_in.get(f"/interviews/{interview.pk}/plan/")
    assert page.status_code == 200
    assert "Add the job description" in page.content.decode()
    assert page.context["questions"]


def test_another_users_plan_is_not_found(client_in: Client, make_interview: Any) -> None:
    from django.contrib.auth.models import User

    other = User.objects.create(username="someone-else")
    interview = make_interview(owner=other)
    assert client_in.get(f"/interviews/{interview.pk}/plan/").status_code == 404


def test_the_whole_plan_is_one_click_away(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(job_description=JOB)
    page = client_in.get(f"/interviews/{interview.pk}/plan/?all=1")
    assert len(page.context["questions"]) == page.context["total"] >= 15


def test_a_planned_question_opens_in_the_coach_ready_to_answer(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB)
    first = client_in.get(f"/interviews/{interview.pk}/plan/").context["questions"][0]
    page = client_in.get("/coach/", {"question": first["text"], "interview": str(interview.pk)})
    form = page.context["form"]
    assert form["question"].value() == first["text"]
    assert str(form["interview"].value()) == str(interview.pk)
