"""Notes typed into the interview form come back on the debrief page with people found by their
titles and the role said in their clause, no person made of the heading's employer, and each
thing owed after "owe X:" as its own to-do; names are shown escaped."""

from __future__ import annotations

from django.test import Client

from tests.web.debrief_page import debrief_sections

NOTES = """Fernhill Dental — Practice Coordinator
- Interview was with Mrs Okoro she is practice manager and she will be my manager
- cllr banerjee sat in, chair of the patient group
- owe Mrs Okoro: GDC number + two <b>references</b>
"""


def test_people_come_by_their_titles_and_the_employer_is_none(client_in: Client) -> None:
    _, sections = debrief_sections(client_in, NOTES)
    roles = {r.text: r.role for r in sections["people"]}
    assert roles == {"Mrs Okoro": "line_manager", "Cllr Banerjee": "other"}


def test_each_thing_owed_is_its_own_to_do(client_in: Client) -> None:
    html, sections = debrief_sections(client_in, NOTES)
    assert [r.text for r in sections["promises"]] == [
        "send GDC number",
        "send two <b>references</b>",
    ]
    assert "<b>references</b>" not in html
    assert "two &lt;b&gt;references&lt;/b&gt;" in html
