"""Notes typed into the interview form come back on the debrief page with each concern worded as
the doubt, not the interviewer's reaction, the reaction kept in its evidence, questions about the
job's conditions and asides left out, and what the notes say shown escaped."""

from __future__ import annotations

from django.test import Client

from tests.web.debrief_page import debrief_sections

NOTES = """1st round w/ Hamid <b>Sayed</b>, warehouse mgr
- Hamid asked how I'd run a stock count. I said weekly spot checks. He looked not satisfied.
- they're worried i've never used a WMS
- he asked if i'd be ok with 6am starts, i said yes
- zoom crashed twice, rejoined from my phone
- site is 120 staff over 3 shifts
"""


def test_each_concern_is_worded_as_the_doubt_with_the_reaction_as_evidence(
    client_in: Client,
) -> None:
    _, sections = debrief_sections(client_in, NOTES)
    concerns = sections["concerns"]
    assert [r.text for r in concerns] == [
        "Hamid asked how I'd run a stock count",
        "they're worried i've never used a WMS",
    ]
    assert concerns[0].evidence.endswith("He looked not satisfied")


def test_questions_about_conditions_and_asides_are_no_concern_or_item(client_in: Client) -> None:
    html, sections = debrief_sections(client_in, NOTES)
    evidence = [r.evidence for rows in sections.values() for r in rows]
    assert not any("zoom crashed" in e for e in evidence)
    assert not any("6am starts" in r.evidence for r in sections["concerns"])
    assert "site is 120 staff over 3 shifts" in [r.evidence for r in sections["facts"]]
    assert "<b>Sayed</b>" not in html
