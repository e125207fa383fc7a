"""A whole 3-question dry run in a real Chromium: question, timer, probe, report, progress."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

JOB = (
    "Operations Team Leader. You will lead a team of six planners, juggle competing deadlines "
    "in a fast-paced depot and handle escalations from customers. Excel and SQL essential."
)
NO_RESULT = (
    "Last year our depot kept missing delivery slots for a big retailer. I went through the "
    "route sheets with the planners and I changed the order the vans were loaded so the long "
    "routes left first. I also spoke to the drivers about where they lost time."
)
PROBE_ANSWER = "Missed slots fell from 12 a week to 2 within a month, and the retailer renewed."
STRONG = (
    "At our regional depot last spring, two of our biggest customers complained that deliveries "
    "were arriving up to two hours late. I was asked to find the cause within a month. I pulled "
    "six weeks of route data into Excel, mapped every late drop and found that 70% came from one "
    "loading bay. I agreed an earlier shift with the bay supervisor and rewrote the loading order "
    "so the longest routes left first. Within three weeks late deliveries fell from 18% to 4%, "
    "and both customers renewed their contracts."
)


def test_a_three_question_dry_run_with_a_probe_and_the_report(
    page: Page, live_server: Any, make_interview: Any, artifacts: Path
) -> None:
    interview = make_interview(
        company="Northwind Logistics", job_description=JOB, people=[("Priya Shah", "line_manager")]
    )
    page.goto(f"{live_server.url}/interviews/{interview.pk}/")
    page.get_by_role("link", name="Dry run").click()
    page.get_by_label("How many questions").select_option("3")
    page.get_by_role("button", name="Start the dry run").click()

    expect(page.get_by_role("heading", name="Question 1 of 3")).to_be_visible()
    expect(page.locator("#question")).not_to_be_empty()
    expect(page.get_by_text("Why this question:")).to_be_visible()
    # The timer runs while the candidate thinks.
    expect(page.locator("#timer")).to_have_text(re.compile(r"0:0[1-9]"), timeout=5_000)

    asked = page.locator("#question").inner_text()
    page.get_by_role("textbox", name="Your answer").fill(NO_RESULT)
    page.get_by_role("button", name="Send answer").click()
    expect(page.get_by_role("heading", name="Feedback on your answer")).to_be_visible()
    # The question answered stays on screen, above the feedback on it.
    expect(page.locator("#answered-question")).to_have_text(asked)
    expect(page.locator(".sentence").first).to_be_visible()
    # No result was given, so the interviewer follows up before moving on.
    expect(page.locator(".question-box .eyebrow")).to_have_text("Follow-up")
    expect(page.locator("#question")).to_contain_text("result")
    page.screenshot(path=str(artifacts / "dry-run.png"), full_page=True)

    page.get_by_role("textbox", name="Your answer").fill(PROBE_ANSWER)
    page.get_by_role("button", name="Send answer").click()
    expect(page.get_by_role("heading", name="Feedback on your follow-up answer")).to_be_visible()
    expect(page.get_by_role("heading", name="Question 2 of 3")).to_be_visible()

    for number in (2, 3):
        expect(page.get_by_role("heading", name=f"Question {number} of 3")).to_be_visible()
        page.get_by_role("textbox", name="Your answer").fill(STRONG)
        page.get_by_role("button", name="Send answer").click()
        if page.locator(".question-box .eyebrow", has_text="Follow-up").count():
            page.get_by_role("textbox", name="Your answer").fill(PROBE_ANSWER)
            page.get_by_role("button", name="Send answer").click()

    expect(page.get_by_role("heading", name="Dry run complete")).to_be_visible()
    page.get_by_role("link", name="See the report").click()
    expect(page.get_by_role("heading", name="Dry run report")).to_be_visible()
    expect(page.locator(".lead")).to_contain_text(
        re.compile(r"First answers \d+ / 100 · with follow-ups \d+ / 100")
    )
    expect(page.get_by_text("Scored with your answer to the follow-up")).to_be_visible()
    assert page.locator("section.panel h2").count() >= 3

    page.get_by_role("link", name="Progress").first.click()
    expect(page.locator(".chart-wide svg").first).to_be_visible()
