"""The "Coach an answer" page through Django's test client."""

from __future__ import annotations

from typing import Any

from django.test import Client

QUESTION = "Tell me about a time you improved a process."
ANSWER = (
    "Last year our support team answered tickets in four days on average. I was asked to bring "
    "that under one day. I sorted 500 tickets by type in Excel and wrote twelve reply templates. "
    "Within two months the average fell to 18 hours."
)


def test_the_page_offers_the_question_bank(client_in: Client) -> None:
    page = client_in.get("/coach/")
    assert page.status_code == 200
    assert len(page.context["questions"]) >= 250
    assert 'list="bank-questions"' in page.content.decode()


def test_an_answer_is_coached_sentence_by_sentence(client_in: Client) -> None:
    page = client_in.post("/coach/", {"question": QUESTION, "answer": ANSWER, "interview": ""})
    html = page.content.decode()
    result = page.context["result"]
    assert [s["star"] for s in result["sentences"]][-1] == "R"
    assert html.count('class="sentence part-') == len(result["sentences"])
    assert f'data-overall="{result["scores"]["overall"]}"' in html


def test_a_missing_result_is_pointed_out_with_a_probe(client_in: Client) -> None:
    no_result = ANSWER.rsplit(" Within", 1)[0]
    page = client_in.post("/coach/", {"question": QUESTION, "answer": no_result})
    result = page.context["result"]
    assert "R" in result["missing"]
    assert result["probe"]


def test_the_job_of_an_interview_is_used_for_relevance(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(job_description="Support lead: Zendesk, ticket templates, SLAs.")
    page = client_in.post(
        "/coach/", {"question": QUESTION, "answer": ANSWER, "interview": str(interview.pk)}
    )
    assert page.context["result"]["relevance"]


def test_an_empty_answer_gets_one_sentence_and_no_feedback(client_in: Client) -> None:
    page = client_in.post("/coach/", {"question": QUESTION, "answer": "   "})
    assert "Paste or type an answer to coach." in page.content.decode()
    assert page.context["result"] is None


def test_an_over_long_answer_is_refused(client_in: Client) -> None:
    page = client_in.post("/coach/", {"answer": "word " * 5000})
    assert "characters; shorten it" in page.content.decode()


def test_someone_elses_interview_cannot_be_chosen(client_in: Client, make_interview: Any) -> None:
    from django.contrib.auth.models import User

    other = make_interview(owner=User.objects.create(username="other"))
    page = client_in.post("/coach/", {"answer": ANSWER, "interview": str(other.pk)})
    assert "Choose one of your interviews." in page.content.decode()


def test_the_rubric_page_shows_each_score_and_its_weight(client_in: Client) -> None:
    page = client_in.get("/coach/rubric/")
    rows = page.context["rows"]
    assert [r["name"] for r in rows][:2] == ["Structure", "Specificity"]
    assert sum(r["weight"] for r in rows) in (99, 100, 101)
