"""In a real Chromium, at phone and desktop widths: the candidate's own criticism of round one is
listed on the debrief page and planned as a question to practise, and dismissing it takes it out."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

NOTES = """1st round w/ priya (would be my mgr)
- she asked about a difficult customer -> rambled, forgot the result
- said i'd send my portfolio + 2 refs
"""


@pytest.mark.parametrize("width", [390, 1280])
def test_a_practice_point_is_listed_planned_and_dismissed(
    page: Page, live_server: Any, make_interview: Any, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 844})
    interview = make_interview(notes=NOTES)
    page.goto(f"{live_server.url}/interviews/{interview.pk}/debrief/")
    practice = page.locator("#debrief-practice_points")
    expect(practice).to_contain_text("Keep answers short")
    expect(practice).to_contain_text("End every story with what happened")
    expect(page.locator("#debrief-promises .debrief-item")).to_have_count(2)
    assert page.evaluate("document.documentElement.scrollWidth") <= width

    page.goto(f"{live_server.url}/interviews/{interview.pk}/plan/")
    expect(page.locator(".reason", has_text="“rambled”")).to_have_count(1)

    page.goto(f"{live_server.url}/interviews/{interview.pk}/debrief/")
    practice.locator(".debrief-item", has_text="Keep answers short").get_by_role(
        "button", name="Dismiss"
    ).click()
    expect(page.get_by_text("Saved.")).to_be_visible()
    page.goto(f"{live_server.url}/interviews/{interview.pk}/plan/")
    expect(page.locator(".reason", has_text="“rambled”")).to_have_count(0)
    expect(page.locator(".reason", has_text="forgot the result")).to_have_count(1)
