"""Notes typed into the interview form come back on the debrief page with each concern worded as
the doubt, not the interviewer's reaction, the reaction kept in its evidence, questions about the
job's conditions and asides left out, and what the notes say shown escaped."""

from __future__ import annotations

from typing import Any

from django.test import Client

from tests.web.test_add_interview import form_data

NOTES = """1st round w/ Hamid <b>Sayed</b>, warehouse mgr
- Hamid asked how I'd run a stock count. I said weekly spot checks. He looked not satisfied.
- they're worried i've never used a WMS
- he asked if i'd be ok with 6am starts, i said yes
- zoom crashed twice, rejoined from my phone
- site is 120 staff over 3 shifts
"""


def _sections(client_in: Client) -> tuple[str, dict[str, list[Any]]]:
    response = client_in.post("/interviews/new/", form_data(notes=NOTES), follow=True)
    assert response.status_code == 200
    interview = response.context["interview"]
    page = client_in.get(f"/interviews/{interview.pk}/debrief/")
    return page.content.decode(), {s.kind: s.rows for s in page.context["sections"]}


def test_each_concern_is_worded_as_the_doubt_with_the_reaction_as_evidence(
    client_in: Client,
) -> None:
    _, sections = _sections(client_in)
    concerns = sections["concerns"]
    assert [r.text for r in concerns] == [
        "Hamid asked how I'd run a stock count",
        "they're worried i've never used a WMS",
    ]
    assert concerns[0].evidence.endswith("He looked not satisfied")


def test_questions_about_conditions_and_asides_are_no_concern_or_item(client_in: Client) -> None:
    html, sections = _sections(client_in)
    evidence = [r.evidence for rows in sections.values() for r in rows]
    assert not any("zoom crashed" in e for e in evidence)
    assert not any("6am starts" in r.evidence for r in sections["concerns"])
    assert "site is 120 staff over 3 shifts" in [r.evidence for r in sections["facts"]]
    assert "<b>Sayed</b>" not in html
