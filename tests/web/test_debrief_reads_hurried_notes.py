"""Hurried notes typed into the interview form come back on the debrief page as the items they
hold: concerns worded as the worry, one to-do per promise, people with their roles, figures kept,
asides left out; the words of the notes are shown escaped."""

from __future__ import annotations

from typing import Any

from django.test import Client

from tests.web.test_add_interview import form_data

NOTES = """round 1 w/ ayo (would be my mgr) + keith who runs the team <b>now</b>
- never managed a budget this size; asked twice
- returns were 11% last yr, want them under 7
- said i'd send my portfolio + check my references are ok
- wifi died lol
- rambled on the stock-take question
"""


def _sections(client_in: Client) -> tuple[Any, dict[str, list[Any]]]:
    response = client_in.post("/interviews/new/", form_data(notes=NOTES), follow=True)
    assert response.status_code == 200
    interview = response.context["interview"]
    page = client_in.get(f"/interviews/{interview.pk}/debrief/")
    return page, {s.kind: s.rows for s in page.context["sections"]}


def test_the_notes_of_the_form_are_read_into_items(client_in: Client) -> None:
    _, sections = _sections(client_in)
    assert [r.text for r in sections["concerns"]] == ["never managed a budget this size"]
    assert sections["concerns"][0].evidence == "never managed a budget this size; asked twice"
    assert [r.text for r in sections["promises"]] == [
        "send my portfolio",
        "check my references are ok",
    ]
    assert {(r.text, r.role) for r in sections["people"]} >= {("Ayo", "line_manager")}
    assert [r.evidence for r in sections["facts"]] == [
        "returns were 11% last yr, want them under 7"
    ]
    practice = [r.evidence for r in sections["practice_points"]]
    assert practice == ["rambled on the stock-take question"]


def test_an_aside_is_no_item_and_the_notes_are_escaped(client_in: Client) -> None:
    page, sections = _sections(client_in)
    evidence = [r.evidence for rows in sections.values() for r in rows]
    assert not any("wifi died" in e for e in evidence)
    html = page.content.decode()
    assert "<b>now</b>" not in html
