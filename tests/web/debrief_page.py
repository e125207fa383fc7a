"""The debrief page of an interview added through the form with the given notes."""

from __future__ import annotations

from typing import Any

from django.test import Client

from tests.web.test_add_interview import form_data


def debrief_sections(client: Client, notes: str) -> tuple[str, dict[str, list[Any]]]:
    """Add an interview with `notes` through the form: its debrief page's HTML, rows by section."""
    response = client.post("/interviews/new/", form_data(notes=notes), follow=True)
    assert response.status_code == 200
    interview = response.context["interview"]
    page = client.get(f"/interviews/{interview.pk}/debrief/")
    return page.content.decode(), {s.kind: s.rows for s in page.context["sections"]}
