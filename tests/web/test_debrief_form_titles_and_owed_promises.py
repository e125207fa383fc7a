"""Notes typed into the interview form come back on the debrief page with each person's role
read from a title before the name or a list going on to the next person, with what is owed as a
to-do and no promise made of a question for next time; names are shown escaped."""

from __future__ import annotations

from typing import Any

from django.test import Client

from tests.web.test_add_interview import form_data

NOTES = """depot visit, round 1
- spoke to the yard mgr, Hollis, who'd be my boss, + the director Renata <b>Vance</b>
- senior tech, Abel Moss, showed me the wash bay
- owe Hollis my forklift certificate scan
- ask next time about overtime rates
"""


def _sections(client_in: Client) -> tuple[str, dict[str, list[Any]]]:
    response = client_in.post("/interviews/new/", form_data(notes=NOTES), follow=True)
    assert response.status_code == 200
    interview = response.context["interview"]
    page = client_in.get(f"/interviews/{interview.pk}/debrief/")
    return page.content.decode(), {s.kind: s.rows for s in page.context["sections"]}


def test_each_role_comes_from_the_title_beside_its_own_name(client_in: Client) -> None:
    _, sections = _sections(client_in)
    roles = {r.text: r.role for r in sections["people"]}
    assert roles["Hollis"] == "line_manager"
    assert roles["Renata"] == "senior_executive"
    assert roles["Abel Moss"] == "team_member"


def test_what_is_owed_is_a_to_do_and_the_question_for_later_is_not(client_in: Client) -> None:
    html, sections = _sections(client_in)
    todos = [r.text for r in sections["promises"]]
    assert todos == ["send Hollis my forklift certificate scan"]
    assert "<b>Vance</b>" not in html
    assert "&lt;b&gt;Vance&lt;/b&gt;" in html
