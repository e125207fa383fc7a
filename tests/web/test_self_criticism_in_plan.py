"""What the candidate noted about their own answers becomes a practice point in the plan."""

from __future__ import annotations

from typing import Any

from django.test import Client

NOTES = """1st round w/ Priya (hiring mgr)
- she asked about a difficult customer -> rambled, forgot the result
- promised to send my portfolio by Friday
"""


def _reasons(client_in: Client, interview: Any) -> list[str]:
    plan = client_in.get(f"/interviews/{interview.pk}/plan/").context["questions"]
    return [q["reason"] for q in plan]


def test_the_debrief_page_lists_what_to_practise(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(notes=NOTES)
    html = client_in.get(f"/interviews/{interview.pk}/debrief/").content.decode()
    assert "What to practise" in html
    assert "Keep answers short" in html


def test_each_fault_is_a_question_in_the_plan_with_its_reason(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(notes=NOTES)
    reasons = _reasons(client_in, interview)
    practice = [r for r in reasons if r.startswith("You noted after an earlier round")]
    assert len(practice) == 2
    assert "“rambled”" in practice[0] and "Keep answers short" in practice[0]
    assert "forgot the result" in practice[1] and "End every story" in practice[1]


def test_a_dismissed_practice_point_leaves_the_plan(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(notes=NOTES)
    response = client_in.post(
        f"/interviews/{interview.pk}/debrief/",
        {"kind": "practice_points", "evidence": "rambled", "action": "dismiss"},
        follow=True,
    )
    assert "Saved." in response.content.decode()
    reasons = _reasons(client_in, interview)
    assert not any("“rambled”" in r for r in reasons)
    assert any("forgot the result" in r for r in reasons)
