"""The story bank in a real Chromium, on a phone and a desktop: add two stories, confirm their
competencies, see the coverage grid change, then a dry run shows the story for each question."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

JOB = (
    "Team leader, customer support. You will lead a team of six agents and handle escalations "
    "from unhappy customers. Essential: leadership and excellent customer service."
)
STORIES = [
    {
        "title": "Leading the night shift through an outage",
        "situation": "Our booking system went down at 2am with six agents on shift.",
        "task": "I had to keep customers informed and the team working until it came back.",
        "action": "I led the team: I split the queue, wrote a holding reply and set up a rota "
        "so nobody took more than ten calls in a row.",
        "result": "We answered all 140 calls that night and complaints fell by a third.",
        "competency": "Leadership",
    },
    {
        "title": "The furious customer and the lost refund",
        "situation": "A customer called, furious that his refund was three weeks late.",
        "task": "I had to calm him down and get his money back.",
        "action": "I listened, checked the order myself and found a wrong address.",
        "result": "He had his refund in two days and wrote to thank my manager.",
        "competency": "Customer focus",
    },
]


def add_and_confirm(page: Page, url: str, story: dict[str, str]) -> None:
    page.goto(f"{url}/stories/")
    page.get_by_role("link", name="Add a story").first.click()
    for field in ("title", "situation", "task", "action", "result"):
        page.locator(f"#id_{field}").fill(story[field])
    page.get_by_role("button", name="Save story").click()
    expect(page.get_by_role("heading", name="Suggested competencies")).to_be_visible()
    suggestions = page.locator(".suggestion-list")
    suggestions.get_by_label(story["competency"]).check()
    page.get_by_role("button", name="Confirm ticked competencies").click()
    expect(page.get_by_text("Competencies saved.")).to_be_visible()
    expect(page.locator("#id_competencies input:checked")).to_have_count(1)


@pytest.mark.parametrize("width", [390, 1280])
def test_two_stories_fill_the_grid_and_a_dry_run_shows_the_story(
    page: Page, live_server: Any, make_interview: Any, artifacts: Path, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    interview = make_interview(company="Northwind Support", job_description=JOB)
    grid_url = f"{live_server.url}/interviews/{interview.pk}/stories/"

    page.goto(grid_url)
    expect(page.get_by_text("Your story bank is empty")).to_be_visible()

    add_and_confirm(page, live_server.url, STORIES[0])
    page.goto(grid_url)
    leadership = page.locator('#coverage-grid tr[data-competency="leadership"] td')
    expect(leadership.first).to_have_class("cell fit-strong")
    customer = page.locator('#coverage-grid tr[data-competency="customer_focus"] td')
    expect(customer.first).not_to_have_class("cell fit-strong")

    add_and_confirm(page, live_server.url, STORIES[1])
    page.goto(grid_url)
    expect(page.locator("#coverage-grid thead th")).to_have_count(3)
    expect(customer.nth(1)).to_have_class("cell fit-strong")
    expect(page.locator('#flagged li[data-competency="customer_focus"]')).to_contain_text("1 story")
    # The grid scrolls inside its panel on a phone rather than widening the page.
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    page.screenshot(path=str(artifacts / f"coverage-{width}.png"), full_page=True)

    page.goto(f"{live_server.url}/interviews/{interview.pk}/practice/")
    page.get_by_label("How many questions").select_option("3")
    page.get_by_role("button", name="Start the dry run").click()
    expect(page.get_by_role("heading", name="Question 1 of 3")).to_be_visible()
    story_for = page.locator(".question-box .story-for")
    expect(story_for).to_contain_text("Your story for this question:")
    titles = [s["title"] for s in STORIES]
    assert any(t in story_for.inner_text() for t in titles)
    page.screenshot(path=str(artifacts / f"dry-run-story-{width}.png"), full_page=True)
