"""The debrief page: items read from the notes, confirmed, reworded or dismissed."""

from __future__ import annotations

from typing import Any

from django.test import Client

from secondround.planning.models import DebriefDecision
from secondround.services.debrief import sections

NOTES = """1st round w/ Priya (hiring mgr) - 45 mins
- she asked whether I had managed a budget before, seemed unsure
- promised to send my portfolio by Friday
- team of 6, reports to Head of Ops
"""


def _concern(interview: Any) -> Any:
    return next(s for s in sections(interview) if s.kind == "concerns").rows[0]


def test_the_page_lists_what_the_notes_say(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(notes=NOTES)
    html = client_in.get(f"/interviews/{interview.pk}/debrief/").content.decode()
    assert "Concerns they raised" in html
    assert "budget" in html
    assert "portfolio" in html
    assert "Priya" in html


def test_dismissing_a_concern_takes_it_out_of_the_plan(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(notes=NOTES)
    plan = client_in.get(f"/interviews/{interview.pk}/plan/").context["questions"]
    assert any("budget" in q["reason"] for q in plan)
    row = _concern(interview)
    response = client_in.post(
        f"/interviews/{interview.pk}/debrief/",
        {"kind": "concerns", "evidence": row.evidence, "action": "dismiss"},
        follow=True,
    )
    assert "Saved." in response.content.decode()
    assert _concern(interview).status == "dismissed"
    plan = client_in.get(f"/interviews/{interview.pk}/plan/").context["questions"]
    assert not any("budget" in q["reason"] for q in plan)
    client_in.post(
        f"/interviews/{interview.pk}/debrief/",
        {"kind": "concerns", "evidence": row.evidence, "action": "restore"},
    )
    assert _concern(interview).status == "suggested"


def test_rewording_a_concern_keeps_the_new_words(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(notes=NOTES)
    row = _concern(interview)
    client_in.post(
        f"/interviews/{interview.pk}/debrief/",
        {
            "kind": "concerns",
            "evidence": row.evidence,
            "action": "edit",
            "text": "Never owned a budget over £50k",
        },
    )
    edited = _concern(interview)
    assert edited.text == "Never owned a budget over £50k" and edited.status == "confirmed"
    plan = client_in.get(f"/interviews/{interview.pk}/plan/").context["questions"]
    assert any("Never owned a budget over £50k" in q["reason"] for q in plan)


def test_a_decision_about_words_no_longer_in_the_notes_is_refused(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(notes=NOTES)
    response = client_in.post(
        f"/interviews/{interview.pk}/debrief/",
        {"kind": "concerns", "evidence": "something never written", "action": "confirm"},
        follow=True,
    )
    assert "no longer in your notes" in response.content.decode()
    assert not DebriefDecision.objects.exists()


def test_an_empty_rewording_is_refused(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(notes=NOTES)
    row = _concern(interview)
    response = client_in.post(
        f"/interviews/{interview.pk}/debrief/",
        {"kind": "concerns", "evidence": row.evidence, "action": "edit", "text": "   "},
        follow=True,
    )
    assert "Write the item in your own words" in response.content.decode()
    assert not DebriefDecision.objects.exists()


def test_no_notes_says_what_to_add(client_in: Client, make_interview: Any) -> None:
    interview = make_interview()
    html = client_in.get(f"/interviews/{interview.pk}/debrief/").content.decode()
    assert "Add your notes from the first interview" in html
