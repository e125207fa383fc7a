from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_it_creates_an_interview_from_the_dashboard_and_lists_it(
    page: Page, live_server: Any, artifacts: Path
) -> None:
    expect(page.get_by_role("heading", name="Your interviews")).to_be_visible()
    expect(page.get_by_text("No interviews coming up.")).to_be_visible()
    page.get_by_role("link", name="Add an interview").click()

    page.locator("#id_company").fill("Northwind Logistics")
    page.get_by_label("Role you applied for").fill("Operations analyst")
    page.locator("#id_format").select_option("video")
    day = (date.today() + timedelta(days=6)).isoformat()
    page.locator("#id_date").fill(day)
    page.locator("#id_time").fill("10:30")
    page.locator("#id_timezone").select_option("Europe/London")
    page.locator("#id_job_description").fill(
        "You will plan delivery routes for our regional network, lead a team of six planners "
        "and report to the head of operations. We look for someone who stays calm under "
        "pressure, communicates clearly with drivers and customers, and can prioritise when "
        "three urgent requests land at once. SQL and Excel are essential; Power BI is a plus."
    )
    page.locator("#id_people-0-name").fill("Priya Shah")
    page.locator("#id_people-0-role").select_option("line_manager")
    page.get_by_role("button", name="Add interview").click()

    expect(page.get_by_text("Interview added.")).to_be_visible()
    expect(page.get_by_role("heading", name="Northwind Logistics")).to_be_visible()
    expect(page.get_by_text("Priya Shah")).to_be_visible()

    page.get_by_role("link", name="Interviews").click()
    upcoming = page.locator("#upcoming")
    expect(upcoming.get_by_role("link", name="Northwind Logistics")).to_be_visible()
    expect(upcoming.get_by_text("Operations analyst")).to_be_visible()
    expect(upcoming.get_by_text("10:30")).to_be_visible()
    # Six calendar days ahead is 5 to 7 days away depending on the hour the test runs.
    expect(upcoming.get_by_text(re.compile(r"in [567] days"))).to_be_visible()
    expect(upcoming.get_by_text("Notes from the last round")).to_be_visible()
    # The README's picture is refreshed from this one by `make screenshots`, never by the tests.
    page.screenshot(path=str(artifacts / "dashboard.png"), full_page=True)


def test_it_shows_the_error_beside_the_field_and_keeps_what_was_typed(page: Page) -> None:
    page.get_by_role("link", name="Add an interview").click()
    page.get_by_label("Role you applied for").fill("Operations analyst")
    page.get_by_role("button", name="Add interview").click()
    expect(page.get_by_text("Enter the company's name.")).to_be_visible()
    expect(page.get_by_label("Role you applied for")).to_have_value("Operations analyst")


def test_the_dashboard_fits_a_phone(page: Page, live_server: Any) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    expect(page.get_by_role("link", name="Add an interview")).to_be_visible()
