"""Notes typed into the interview form come back on the debrief page with people found by their
titles and the role said in their clause, no person made of the heading's employer, and each
thing owed after "owe X:" as its own to-do; names are shown escaped."""

from __future__ import annotations

from typing import Any

from django.test import Client

from tests.web.test_add_interview import form_data

NOTES = """Fernhill Dental — Practice Coordinator
- Interview was with Mrs Okoro she is practice manager and she will be my manager
- cllr banerjee sat in, chair of the patient group
- owe Mrs Okoro: GDC number + two <b>references</b>
"""


def _sections(client_in: Client) -> tuple[str, dict[str, list[Any]]]:
    response = client_in.post("/interviews/new/", form_data(notes=NOTES), follow=True)
    assert response.status_code == 200
    interview = response.context["interview"]
    page = client_in.get(f"/interviews/{interview.pk}/debrief/")
    return page.content.decode(), {s.kind: s.rows for s in page.context["sections"]}


def test_people_come_by_their_titles_and_the_employer_is_none(client_in: Client) -> None:
    _, sections = _sections(client_in)
    roles = {r.text: r.role for r in sections["people"]}
    assert roles == {"Mrs Okoro": "line_manager", "Cllr Banerjee": "other"}


def test_each_thing_owed_is_its_own_to_do(client_in: Client) -> None:
    html, sections = _sections(client_in)
    assert [r.text for r in sections["promises"]] == [
        "send GDC number",
        "send two <b>references</b>",
    ]
    assert "<b>references</b>" not in html
    assert "two &lt;b&gt;references&lt;/b&gt;" in html
