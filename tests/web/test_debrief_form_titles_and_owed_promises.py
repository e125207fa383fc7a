"""Notes typed into the interview form come back on the debrief page with each person's role
read from a title before the name or a list going on to the next person, with what is owed as a
to-do and no promise made of a question for next time; names are shown escaped."""

from __future__ import annotations

from django.test import Client

from tests.web.debrief_page import debrief_sections

NOTES = """depot visit, round 1
- spoke to the yard mgr, Hollis, who'd be my boss, + the director Renata <b>Vance</b>
- senior tech, Abel Moss, showed me the wash bay
- owe Hollis my forklift certificate scan
- ask next time about overtime rates
"""


def test_each_role_comes_from_the_title_beside_its_own_name(client_in: Client) -> None:
    _, sections = debrief_sections(client_in, NOTES)
    roles = {r.text: r.role for r in sections["people"]}
    assert roles["Hollis"] == "line_manager"
    assert roles["Renata"] == "senior_executive"
    assert roles["Abel Moss"] == "team_member"


def test_what_is_owed_is_a_to_do_and_the_question_for_later_is_not(client_in: Client) -> None:
    html, sections = debrief_sections(client_in, NOTES)
    todos = [r.text for r in sections["promises"]]
    assert todos == ["send Hollis my forklift certificate scan"]
    assert "<b>Vance</b>" not in html
    assert "&lt;b&gt;Vance&lt;/b&gt;" in html
