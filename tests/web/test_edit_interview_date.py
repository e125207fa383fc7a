"""Editing an interview keeps its date: the form shows it as the date input needs it."""

from __future__ import annotations

import re
import zoneinfo
from datetime import datetime
from typing import Any

from django.test import Client

from secondround.interviews.models import Interview
from tests.web.test_add_interview import form_data

LONDON = zoneinfo.ZoneInfo("Europe/London")


def test_the_edit_form_shows_the_date_in_the_format_a_date_input_reads(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(in_days=None, timezone="Europe/London")
    interview.starts_at = datetime(2026, 12, 3, 14, 30, tzinfo=LONDON)
    interview.save()
    page = client_in.get(f"/interviews/{interview.pk}/edit/").content.decode()
    assert 'type="date" name="date" value="2026-12-03"' in page
    assert 'type="time" name="time" value="14:30"' in page


def test_saving_an_edit_without_retyping_the_date_keeps_it(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(in_days=None, timezone="Europe/London")
    interview.starts_at = datetime(2026, 12, 3, 14, 30, tzinfo=LONDON)
    interview.save()
    page = client_in.get(f"/interviews/{interview.pk}/edit/").content.decode()
    # The browser sends back what the form showed: the date and time as they were rendered.
    shown = dict(re.findall(r'name="(date|time)" value="([^"]*)"', page))
    data = form_data(company="Contoso", notes="", date=shown.get("date", ""))
    data["time"] = shown.get("time", "")
    response = client_in.post(f"/interviews/{interview.pk}/edit/", data)
    assert response.status_code == 302
    interview.refresh_from_db()
    assert interview.company == "Contoso"
    assert interview.local_start == datetime(2026, 12, 3, 14, 30, tzinfo=LONDON)


def test_a_date_without_a_time_says_time_not_set(client_in: Client) -> None:
    response = client_in.post("/interviews/new/", form_data(time=""))
    interview = Interview.objects.get()
    assert response.status_code == 302
    detail = client_in.get(f"/interviews/{interview.pk}/").content.decode()
    assert "Thursday 3 December 2026" in detail
    assert "time not set" in detail
    assert "00:00" not in detail
    dashboard = client_in.get("/").content.decode()
    assert "time not set" in dashboard and "00:00" not in dashboard
    edit = client_in.get(f"/interviews/{interview.pk}/edit/").content.decode()
    assert 'value="2026-12-03"' in edit
    assert 'name="time" value=' not in edit
