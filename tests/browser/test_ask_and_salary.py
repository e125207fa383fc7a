"""In a real Chromium, at phone and desktop widths: the questions to ask, pinned and reworded,
and the salary page with its band, figures and your own data point."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

NOTES = """1st round w/ Priya Shah (hiring mgr)
- she asked whether I had managed a budget before, seemed unsure
- team of 6, 3 days in office
"""


def _fits(page: Page) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))


@pytest.mark.parametrize("width", [390, 1280])
def test_questions_are_pinned_and_reworded_per_person(
    page: Page, live_server: Any, make_interview: Any, artifacts: Path, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    interview = make_interview(
        notes=NOTES, people=[("Priya Shah", "line_manager"), ("Tom Reed", "team_member")]
    )
    page.goto(f"{live_server.url}/interviews/{interview.pk}/")
    page.get_by_role("link", name="Questions to ask").first.click()
    priya = page.locator(".ask-person", has_text="Priya Shah, line manager")
    expect(priya.locator(".ask-item")).to_have_count(4)
    expect(priya.locator(".ask-item").first).to_contain_text("my organisation experience")
    expect(page.locator("#left-out")).to_contain_text("team of 6, 3 days in office")
    assert _fits(page)
    page.screenshot(path=str(artifacts / f"ask-{width}.png"), full_page=True)

    tom = page.locator(".ask-person", has_text="Tom Reed, team member")
    second = tom.locator(".ask-item").nth(1)
    text = second.locator("strong").first.inner_text()
    second.get_by_role("button", name="Pin").click()
    expect(page.get_by_text("Pinned.")).to_be_visible()
    tom = page.locator(".ask-person", has_text="Tom Reed, team member")
    expect(tom.locator(".ask-item").first).to_contain_text(text)
    first = tom.locator(".ask-item").first
    first.get_by_text("Reword").click()
    first.get_by_label("Your wording").fill("What does a good week look like for you?")
    first.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved your wording.")).to_be_visible()
    tom = page.locator(".ask-person", has_text="Tom Reed, team member")
    expect(tom.locator(".ask-item").first).to_contain_text("What does a good week look like")
    expect(tom.locator(".ask-item").first).to_contain_text("Reworded")


@pytest.mark.parametrize("width", [390, 1280])
def test_the_salary_page_draws_the_band_with_your_figures(
    page: Page, live_server: Any, make_interview: Any, artifacts: Path, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    interview = make_interview(role="Data analyst", timezone="Europe/London")
    page.goto(f"{live_server.url}/interviews/{interview.pk}/salary/")
    page.get_by_label("Your minimum (optional)").fill("£31,000")
    page.get_by_role("button", name="Look up").click()
    expect(page.locator("#market h2")).to_contain_text("Data analysts")
    expect(page.locator(".data-age")).to_contain_text("these figures are")
    expect(page.locator("svg.salary-band")).to_be_visible()
    expect(page.locator(".salary-figures")).to_contain_text("Walk away below £31,000")

    page.get_by_label("Amount or range a year").fill("36-40k")
    page.get_by_label("Note (optional)").fill("Acme advert")
    page.get_by_role("button", name="Add figure").click()
    expect(page.get_by_text("Added your figure.")).to_be_visible()
    expect(page.locator("#your-figures")).to_contain_text("£36,000–£40,000")
    expect(page.locator("svg.salary-band")).to_contain_text("Acme advert")
    assert _fits(page)
    page.screenshot(path=str(artifacts / f"salary-{width}.png"), full_page=True)
    if width == 1280:
        # The README shows the market panel; `make screenshots` copies it into docs/.
        page.locator("#market").screenshot(path=str(artifacts / "salary-market.png"))

    page.get_by_label("Amount or range a year").fill("$50,000")
    page.get_by_role("button", name="Add figure").click()
    expect(page.get_by_text("That amount is in dollars")).to_be_visible()
