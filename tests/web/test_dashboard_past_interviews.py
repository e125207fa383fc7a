"""Past interviews are listed by name and date: the dashboard does not work out their readiness,
so its cost does not grow with a long history."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

JOB = "Team leader. Lead a team of six. Essential: leadership and clear communication. " * 4
NOTES = "- promised to send my portfolio by Friday\n- she asked about budgets, seemed unsure\n"


def _queries(client: Client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    return len(queries)


def test_more_past_interviews_cost_the_dashboard_no_more_queries(
    client_in: Client, make_interview: Any
) -> None:
    make_interview(company="Upcoming", in_days=3, job_description=JOB, notes=NOTES)
    make_interview(company="Past 0", in_days=-10, job_description=JOB, notes=NOTES)
    _queries(client_in)  # the first visit stores the readings of the notes and adverts
    one = _queries(client_in)
    for n in range(1, 11):
        make_interview(company=f"Past {n}", in_days=-10 - n, job_description=JOB, notes=NOTES)
    _queries(client_in)
    page = client_in.get("/").content.decode()
    assert "Past 10" in page and "Upcoming" in page
    assert _queries(client_in) == one
