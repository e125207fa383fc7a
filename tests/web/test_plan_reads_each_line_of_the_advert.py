"""The plan page shows a competency the line model read from a line no cue lists, with that
line as the advert's own words. Advert written for this test."""

from __future__ import annotations

from typing import Any

from django.test import Client

LINE = "You'll spot the jobs nobody has asked you to do yet and get on with them."
ADVERT = (
    f"Depot Supervisor\nHollin Freight, Wakefield\n\n{LINE}\nWe offer a pension and free parking.\n"
)


def test_a_competency_read_from_one_line_shows_that_line(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(role="Depot Supervisor", job_description=ADVERT)
    page = client_in.get(f"/interviews/{interview.pk}/plan/")
    assert page.status_code == 200
    shown = {c["name"]: c for c in page.context["competencies"]}
    assert "initiative" in shown
    assert shown["initiative"]["evidence"] == LINE
    # Autoescaped in the page: the apostrophe of "You'll" comes out as an entity.
    assert "You&#x27;ll spot the jobs nobody has asked you" in page.content.decode()
