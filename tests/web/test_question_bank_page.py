"""The question bank on the web, filtered by competency, kind and who asks."""

from __future__ import annotations

import re
from html import unescape

from django.test import Client

from secondround.core.questions import load_bank


def _texts(page: str) -> list[str]:
    return [unescape(t) for t in re.findall(r'<p class="plan-q">(.*?)</p>', page)]


def test_it_lists_the_whole_bank(client_in: Client) -> None:
    page = client_in.get("/questions/").content.decode()
    assert _texts(page) == [q.text for q in load_bank()]
    assert f"{len(load_bank())} questions" in page


def test_it_filters_by_competency_kind_and_who_asks(client_in: Client) -> None:
    page = client_in.get("/questions/?competency=teamwork&kind=competency&asked_by=hr")
    expected = [
        q.text
        for q in load_bank()
        if q.competency == "teamwork" and q.kind == "competency" and "hr" in q.asked_by
    ]
    assert expected
    assert _texts(page.content.decode()) == expected
    salary = client_in.get("/questions/?kind=salary").content.decode()
    assert _texts(salary) == [q.text for q in load_bank() if q.kind == "salary"]


def test_each_question_opens_in_the_coach(client_in: Client) -> None:
    page = client_in.get("/questions/?kind=salary").content.decode()
    first = next(q for q in load_bank() if q.kind == "salary")
    link = re.search(r'href="(/coach/\?question=[^"]+)"', page)
    assert link
    coach = client_in.get(unescape(link.group(1))).content.decode()
    assert unescape(coach).count(first.text) >= 1


def test_an_unknown_filter_is_one_sentence(client_in: Client) -> None:
    response = client_in.get("/questions/?competency=juggling")
    assert response.status_code == 400
    assert "Choose a competency from the list." in response.content.decode()


def test_the_coach_page_links_to_the_bank_it_mentions(client_in: Client) -> None:
    page = client_in.get("/coach/").content.decode()
    assert "from the bank below" not in page
    assert 'href="/questions/"' in page
