"""Notes typed into the interview form in wordings of other writers come back on the debrief page
and in the plan: faults in the candidate's own words become practice points (also one only the
trained reading knows), asides of any kind are no item, roles come from relationships, and what
the notes say is shown escaped."""

from __future__ import annotations

from typing import Any

from django.test import Client

from tests.web.test_add_interview import form_data

NOTES = """round 1 w/ Odile Ferrand, Head Baker - I'd report to her <i>directly</i>
- went blank on the numbers q about waste
- asked zero questions at the end
- i kept looking at my notes instead of at them
- we chatted about the rugby for a bit
- dough room is kept at 24 degrees
- trial shift next tues 5am
"""


def _post(client_in: Client) -> Any:
    response = client_in.post("/interviews/new/", form_data(notes=NOTES), follow=True)
    assert response.status_code == 200
    return response.context["interview"]


def _sections(client_in: Client, interview: Any) -> tuple[str, dict[str, list[Any]]]:
    page = client_in.get(f"/interviews/{interview.pk}/debrief/")
    return page.content.decode(), {s.kind: s.rows for s in page.context["sections"]}


def test_each_fault_is_a_practice_point_on_the_page_and_in_the_plan(client_in: Client) -> None:
    interview = _post(client_in)
    _, sections = _sections(client_in, interview)
    assert [r.evidence for r in sections["practice_points"]] == [
        "went blank on the numbers q about waste",
        "asked zero questions at the end",
        "i kept looking at my notes instead of at them",
    ]
    plan = client_in.get(f"/interviews/{interview.pk}/plan/").context["questions"]
    reasons = [q["reason"] for q in plan if q["reason"].startswith("You noted after")]
    assert len(reasons) == 3
    assert "looking at my notes" in reasons[2]


def test_the_aside_is_no_item_and_the_facts_and_next_step_stay(client_in: Client) -> None:
    interview = _post(client_in)
    _, sections = _sections(client_in, interview)
    evidence = [r.evidence for rows in sections.values() for r in rows]
    assert not any("rugby" in e for e in evidence)
    assert "dough room is kept at 24 degrees" in [r.evidence for r in sections["facts"]]
    assert [r.evidence for r in sections["next_round"]] == ["trial shift next tues 5am"]


def test_the_role_comes_from_the_relationship_and_is_shown_escaped(client_in: Client) -> None:
    interview = _post(client_in)
    html, sections = _sections(client_in, interview)
    assert [(r.text, r.role) for r in sections["people"]] == [("Odile Ferrand", "line_manager")]
    assert "<i>directly</i>" not in html
    assert "&lt;i&gt;directly&lt;/i&gt;" in html
