"""Notes not written in English are not read into items: the debrief page says why in one
sentence, and the plan has no concerns or practice points from them."""

from __future__ import annotations

from typing import Any

from django.test import Client

POLISH = (
    "pierwsza rozmowa z Kasią, byłaby moją kierowniczką\n"
    "- pytała, czy kiedykolwiek zarządzałam zespołem dwudziestu osób\n"
    "- obiecałam wysłać portfolio i dwie referencje do piątku\n"
    "- zespół liczy sześć osób, trzy dni w biurze w tygodniu\n"
)


def test_the_page_says_the_notes_are_not_in_english(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(notes=POLISH)
    page = client_in.get(f"/interviews/{interview.pk}/debrief/")
    html = page.content.decode()
    assert "do not look like English" in html
    assert all(not section.rows for section in page.context["sections"])


def test_the_plan_takes_nothing_from_them(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(notes=POLISH)
    plan = client_in.get(f"/interviews/{interview.pk}/plan/").context["questions"]
    assert not any(q["reason"].startswith("You noted after an earlier round") for q in plan)
    assert not any("came up in your notes" in q["reason"] for q in plan)
