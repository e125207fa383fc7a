"""Notes typed into the interview form come back on the debrief page with a name that carries an
initial or an accent as one person, no person made of a name the writer corrected at once or of
a nationality."""

from __future__ import annotations

from django.test import Client

from tests.web.debrief_page import debrief_sections

NOTES = """Sixth Form Lead - Hollin Vale School
- Panel: Mr O. Lindqvist (Headteacher), Mrs P. Chandra (deputy, would be my LM)
- pair session next week w/ sebastián (dev lead)
- also met Alba Ruiz? no, Alba Reid, she is Greek like my mum
"""


def test_initials_and_accents_stay_in_the_name(client_in: Client) -> None:
    _, sections = debrief_sections(client_in, NOTES)
    roles = {r.text: r.role for r in sections["people"]}
    assert set(roles) == {"Mr O. Lindqvist", "Mrs P. Chandra", "Sebastián", "Alba Reid"}
    assert roles["Mrs P. Chandra"] == "line_manager"
