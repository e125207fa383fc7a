"""In a real Chromium: the plan explains itself, and dismissing a round-one concern changes it."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

NOTES = """1st round w/ Priya Shah (hiring mgr)
- she asked whether I had managed a budget before, seemed unsure
- promised to send my portfolio by Friday
"""


def test_dismissing_a_concern_takes_its_question_out_of_the_plan(
    page: Page, live_server: Any, make_interview: Any
) -> None:
    interview = make_interview(
        job_description="You will lead a team of six and juggle competing deadlines.",
        notes=NOTES,
        people=[("Priya Shah", "line_manager")],
    )
    page.goto(f"{live_server.url}/interviews/{interview.pk}/")
    page.get_by_role("link", name="Plan").click()
    expect(page.get_by_role("heading", name="What to practise")).to_be_visible()
    # The concern is followed up first, and its competency is weighted up for the whole plan.
    expect(page.locator(".reason").first).to_contain_text("managed a budget")

    page.get_by_role("link", name="Debrief").first.click()
    concerns = page.locator("#debrief-concerns")
    expect(concerns).to_contain_text("managed a budget")
    expect(page.locator("#debrief-promises")).to_contain_text("portfolio")
    concerns.get_by_role("button", name="Dismiss").first.click()
    expect(page.get_by_text("Saved.")).to_be_visible()
    expect(concerns.locator(".status-dismissed")).to_have_count(1)

    page.get_by_role("link", name="See the plan").click()
    expect(page.locator(".reason", has_text="managed a budget")).to_have_count(0)
