"""The coaching page names the question's kind, what works and the top three things to work on."""

from __future__ import annotations

from django.test import Client

from secondround.services.coaching import feedback_view


def test_a_motivation_answer_is_coached_as_one(client_in: Client) -> None:
    answer = (
        "It seems like a great company and a good opportunity, and I am passionate about it. "
        "I think I would fit in well."
    )
    question = "Why do you want to work here?"
    page = client_in.post("/coach/", {"question": question, "answer": answer})
    html = page.content.decode()
    assert page.context["result"]["question_kind"]["kind"] == "motivation"
    assert "Question kind: <strong>motivation (why this job)</strong>" in html
    assert "Top three to work on" in html
    assert "No sentence says what you did" not in html
    assert "*" not in (page.context["result"]["probe"] or "")
    # Only a story has a result and actions to own: those scores are not shown here.
    assert '<span class="score-name">Result</span>' not in html
    assert '<span class="score-name">Structure</span>' in html


def test_what_works_is_shown_beside_what_to_fix(client_in: Client) -> None:
    answer = (
        "Last year our support team answered tickets in four days on average. I was asked to "
        "bring that under one day. I sorted 500 tickets by type in Excel and wrote twelve reply "
        "templates. Within two months the average fell to 18 hours."
    )
    page = client_in.post(
        "/coach/", {"question": "Tell me about a time you improved a process.", "answer": answer}
    )
    html = page.content.decode()
    assert "What works" in html
    assert "You give a measurable result." in html


def test_a_typed_question_is_escaped_in_the_kind_evidence(client_in: Client) -> None:
    page = client_in.post(
        "/coach/",
        {"question": "Why do you want <b>this</b> job?", "answer": "Because your shop is near."},
    )
    html = page.content.decode()
    assert "<b>this</b>" not in html


def test_feedback_stored_before_kinds_still_shows() -> None:
    view = feedback_view({"sentences": [{"text": "I did it.", "star": "A"}], "scores": {}})
    assert view.kind is None
    assert view.strengths == []
    assert view.top_three == []
