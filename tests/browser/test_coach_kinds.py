"""In Chromium, at phone and desktop widths: the coach names the question's kind and shows what
works and the top three things to work on, with no Markdown asterisks in the probe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

ANSWER = (
    "Honestly it seems like a great company and a good opportunity. "
    "I am passionate about customer service and I think I would fit in well."
)


@pytest.mark.parametrize("width", [390, 1280])
def test_a_motivation_answer_is_coached_for_its_kind(
    page: Page, live_server: Any, artifacts: Path, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{live_server.url}/coach/")
    page.get_by_label("The question").fill("Why do you want to work for us?")
    page.get_by_label("Your answer").fill(ANSWER)
    page.get_by_role("button", name="Coach my answer").click()

    expect(page.locator(".question-kind")).to_contain_text("motivation (why this job)")
    top = page.locator("ol.top-three li")
    expect(top.first).to_be_visible()
    assert 1 <= top.count() <= 3
    expect(page.get_by_role("heading", name="Top three to work on")).to_be_visible()
    expect(page.get_by_text("No sentence says what you did")).to_have_count(0)
    assert "*" not in page.locator("#result").inner_text()
    # Nothing spills sideways on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    page.screenshot(path=str(artifacts / f"coach-kinds-{width}.png"), full_page=True)


def test_a_good_story_shows_what_works(page: Page, live_server: Any) -> None:
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(f"{live_server.url}/coach/")
    page.get_by_label("The question").fill("Tell me about a time you improved a process.")
    page.get_by_label("Your answer").fill(
        "Last year our support team answered tickets in four days on average. I was asked to "
        "bring that under one day. I sorted 500 tickets by type in Excel and wrote twelve reply "
        "templates. Within two months the average fell to 18 hours."
    )
    page.get_by_role("button", name="Coach my answer").click()
    expect(page.get_by_role("heading", name="What works")).to_be_visible()
    expect(page.locator("ul.strengths")).to_contain_text("You give a measurable result.")
