"""In a real Chromium, on a phone and a desktop: fill in the loose ends, build the prep pack and
download its PDF, the calendar file and the thank-you email, each read back."""

from __future__ import annotations

import io
import re
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from playwright.sync_api import Page, expect
from pypdf import PdfReader

pytestmark = pytest.mark.browser

JOB = (
    "You will lead a team of six analysts, juggle competing deadlines and present findings to "
    "senior stakeholders every month. Strong communication and teamwork are essential. " * 3
)
NOTES = "- she asked whether I had managed a budget before\n- promised to send my portfolio\n"


def _download(page: Page, name: str) -> bytes:
    with page.expect_download() as info:
        page.get_by_role("link", name=name).click()
    path = info.value.path()
    return Path(path).read_bytes()


def _fits(page: Page, width: int) -> None:
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= width, f"the page scrolls sideways at {width} px ({scroll} px wide)"


@pytest.mark.parametrize("width", [390, 1280])
def test_build_a_kit_and_download_pdf_calendar_and_email(
    page: Page, live_server: Any, make_interview: Any, artifacts: Path, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    interview = make_interview(
        company="Northwind",
        job_description=JOB,
        notes=NOTES,
        place="1 King Street, Leeds",
        timezone="Europe/London",
        people=[("Priya Shah", "line_manager")],
        in_days=6,
    )
    page.goto(f"{live_server.url}/interviews/{interview.pk}/")
    _fits(page, width)
    page.get_by_role("link", name="Loose ends").click()
    expect(page.get_by_role("heading", name="Loose ends", exact=True)).to_be_visible()
    page.get_by_label("Notice period").fill("4")
    page.get_by_label("Journey time (minutes)").fill("40")
    page.get_by_label("How you will travel").select_option("by train")
    page.get_by_label("Documents to bring").fill("Passport\nPortfolio")
    page.get_by_role("button", name="Save loose ends").click()
    expect(page.get_by_text("Loose ends saved.")).to_be_visible()
    checklist = page.locator("#loose-ends-checklist")
    expect(checklist).to_contain_text("4 weeks from today")
    expect(checklist).to_contain_text("Test the journey at the interview's time")
    _fits(page, width)
    page.screenshot(path=str(artifacts / f"loose-ends-{width}.png"), full_page=True)

    page.get_by_role("link", name="Prep pack").first.click()
    pack = page.locator("#prep-pack")
    expect(pack).to_contain_text("Key competencies to prepare")
    expect(pack).to_contain_text("40 minutes by train.")
    expect(pack).to_contain_text("managed a budget")
    _fits(page, width)
    page.screenshot(path=str(artifacts / f"prep-pack-{width}.png"), full_page=True)

    pdf = PdfReader(io.BytesIO(_download(page, "Download the PDF")))
    assert len(pdf.pages) == 1
    text = " ".join(pdf.pages[0].extract_text().split())
    assert "Northwind" in text and "Priya Shah" in text and "managed a budget" in text

    events = Calendar.from_ical(_download(page, "Add to calendar (.ics)")).walk("VEVENT")
    assert str(events[0]["location"]) == "1 King Street, Leeds"
    assert str(events[-1]["summary"]) == "Send the thank-you email to Priya Shah"

    page.get_by_role("link", name="Thank-you email").click()
    page.get_by_label("How it went with Priya Shah").fill(
        "We talked about the warehouse migration."
    )
    page.get_by_label("Priya Shah's email").fill("priya@example.com")
    page.get_by_label("Your name").fill("Sam Carter")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Saved.")).to_be_visible()
    expect(page.locator("#id_body")).to_have_value(
        re.compile("our conversation about warehouse migration")
    )
    mailto = page.get_by_role("link", name="Open in your mail program").get_attribute("href")
    assert mailto is not None and mailto.startswith("mailto:priya@example.com?subject=")
    _fits(page, width)
    page.screenshot(path=str(artifacts / f"follow-up-{width}.png"), full_page=True)

    message = message_from_bytes(
        _download(page, "Download the email (.eml)"), policy=policy.default
    )
    assert message["To"] == "Priya Shah <priya@example.com>"
    assert "warehouse migration" in message.get_content()
