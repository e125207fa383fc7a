from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.test import Client

from secondround.practice.models import PracticeAnswer, PracticeSession

JOB = (
    "We are hiring an operations analyst to plan delivery routes, lead a small team and resolve "
    "conflicts between depots. You will prioritise competing requests under pressure, talk to "
    "customers every day and improve how we organise the week. SQL and Excel essential."
)
STRONG = (
    "At a regional depot last spring, two of our biggest customers complained that deliveries "
    "were arriving up to two hours late. I was asked to find the cause within a month. "
    "I pulled six weeks of route data into Excel, mapped every late drop and found that 70% "
    "came from one loading bay that opened at 6am instead of 5am. I agreed an earlier shift with "
    "the bay supervisor and rewrote the loading order so the longest routes left first. "
    "Within three weeks late deliveries fell from 18% to 4%, and both customers renewed their "
    "contracts."
)
NO_RESULT = (
    "Last year our depot kept missing delivery slots for a big retailer. I went through the route "
    "sheets with the planners and I changed the order the vans were loaded so the long routes "
    "left first. I also spoke to the drivers about where they lost time."
)


def start(client: Client, interview_id: int, length: int = 5) -> PracticeSession:
    response = client.post(
        f"/interviews/{interview_id}/practice/", {"length": str(length), "asked_by": ""}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return PracticeSession.objects.get()


def answer(client: Client, session: PracticeSession, text: str) -> Any:
    page = client.get(f"/practice/{session.pk}/")
    form = page.context["form"]
    return client.post(
        f"/practice/{session.pk}/",
        {
            "position": form.initial["position"],
            "is_probe": "on" if form.initial["is_probe"] else "",
            "duration_s": "75",
            "answer": text,
        },
        follow=True,
    )


def test_a_dry_run_is_chosen_for_the_interview(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(job_description=JOB, people=[("Priya", "line_manager")])
    session = start(client_in, interview.pk)
    assert len(session.plan) == 5
    assert all(q["text"] and q["reason"] for q in session.plan)
    page = client_in.get(f"/practice/{session.pk}/").content.decode()
    assert "Question 1 of 5" in page
    assert session.plan[0]["text"] in page.replace("&#x27;", "'").replace("&quot;", '"')


def test_feedback_appears_at_once_and_a_missing_result_gets_a_probe(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB)
    session = start(client_in, interview.pk)
    page = answer(client_in, session, NO_RESULT).content.decode()
    assert "Feedback on your answer" in page
    assert "Follow-up" in page
    stored = PracticeAnswer.objects.get()
    assert stored.feedback["probe"]
    assert stored.feedback["probe"] in page.replace("&#x27;", "'")
    page = answer(client_in, session, "Late slots fell from 12 a week to 2 within a month.")
    assert "Feedback on your follow-up answer" in page.content.decode()
    assert "Question 2 of 5" in page.content.decode()


def test_leaving_and_resuming_keeps_every_answer(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(job_description=JOB)
    session = start(client_in, interview.pk)
    answer(client_in, session, STRONG)
    # A fresh visit (another day, another tab) resumes where the candidate stopped.
    page = client_in.get(f"/practice/{session.pk}/").content.decode()
    assert "Question 2 of 5" in page or "Follow-up" in page
    assert PracticeAnswer.objects.count() == 1


def test_two_tabs_answering_the_same_question_lose_nothing(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB)
    session = start(client_in, interview.pk)
    for text in (STRONG, STRONG + " It also cut overtime."):
        client_in.post(
            f"/practice/{session.pk}/",
            {"position": "0", "is_probe": "", "duration_s": "60", "answer": text},
        )
    texts = list(PracticeAnswer.objects.values_list("text", flat=True))
    assert len(texts) == 2
    report = client_in.get(f"/practice/{session.pk}/report/").content.decode()
    assert "2 attempts, the latest shown" in report


def test_an_empty_answer_is_refused_and_nothing_is_stored(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB)
    session = start(client_in, interview.pk)
    response = client_in.post(
        f"/practice/{session.pk}/", {"position": "0", "is_probe": "", "answer": "   "}
    )
    assert "Type your answer before sending it." in response.content.decode()
    assert not PracticeAnswer.objects.exists()


def test_an_unknown_length_is_refused(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(job_description=JOB)
    response = client_in.post(f"/interviews/{interview.pk}/practice/", {"length": "7"})
    assert "Choose 3, 5, 10 or 15 questions." in response.content.decode()
    assert not PracticeSession.objects.exists()


def test_the_report_and_history_chart_the_scores(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(job_description=JOB)
    session = start(client_in, interview.pk)
    answer(client_in, session, STRONG)
    report = client_in.get(f"/practice/{session.pk}/report/").content.decode()
    assert "Dry run report" in report
    assert "Overall" in report
    history = client_in.get("/practice/").content.decode()
    assert "<svg" in history and "Overall score per dry run" in history


def test_the_friend_script_prints_and_downloads_as_pdf(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB)
    session = start(client_in, interview.pk)
    page = client_in.get(f"/practice/{session.pk}/script/").content.decode()
    assert "How to mark each answer" in page
    pdf = client_in.get(f"/practice/{session.pk}/script.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")


def test_a_friends_marks_show_beside_the_coach(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(job_description=JOB)
    session = start(client_in, interview.pk)
    answer(client_in, session, STRONG)
    data: dict[str, str] = {}
    for position in range(len(session.plan)):
        data[f"q{position}-hedging"] = "none"
    data.update(
        {
            "q0-heard_situation": "on",
            "q0-heard_action": "on",
            "q0-heard_result": "on",
            "q0-concrete_result": "on",
            "q0-rating": "4",
            "q0-seconds": "95",
            "q0-comment": "Say what the customers said afterwards.",
        }
    )
    response = client_in.post(f"/practice/{session.pk}/friend/", data, follow=True)
    page = response.content.decode()
    assert "saved beside the coach" in page
    assert "Heard: <strong>SAR</strong>" in page
    assert "Rating: 4 / 5" in page


def test_a_bad_friend_rating_is_refused(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(job_description=JOB)
    session = start(client_in, interview.pk)
    data = {f"q{p}-hedging": "none" for p in range(len(session.plan))}
    data["q0-rating"] = "9"
    page = client_in.post(f"/practice/{session.pk}/friend/", data).content.decode()
    assert "Give a rating from 1 to 5" in page
    assert not session.marks.exists()


def test_no_one_else_can_open_a_dry_run(client_in: Client, make_interview: Any) -> None:
    stranger = User.objects.create(username="stranger")
    theirs = make_interview(job_description=JOB, owner=stranger)
    session = PracticeSession.objects.create(
        owner=stranger, interview=theirs, plan=[{"text": "Q?", "reason": "r"}]
    )
    for url in ("/", "/report/", "/script/", "/script.pdf", "/friend/"):
        assert client_in.get(f"/practice/{session.pk}{url}").status_code == 404
    assert client_in.get(f"/interviews/{theirs.pk}/practice/").status_code == 404


def test_the_history_page_reads_each_dry_run_without_a_query_apiece(
    client_in: Client, make_interview: Any, django_assert_max_num_queries: Any
) -> None:
    interview = make_interview(job_description=JOB)
    for _ in range(4):
        client_in.post(f"/interviews/{interview.pk}/practice/", {"length": "3", "asked_by": ""})
        answer(client_in, PracticeSession.objects.order_by("-id")[0], STRONG)
    PracticeSession.objects.update(status="finished")
    with django_assert_max_num_queries(4):
        page = client_in.get("/practice/")
    assert page.status_code == 200
