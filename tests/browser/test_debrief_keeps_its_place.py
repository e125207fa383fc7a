"""The debrief returns to the item clicked instead of jumping to the top of the page."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

from tests.browser.workspace import populate

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [390, 1280])
def test_after_a_click_the_section_clicked_is_on_screen(
    page: Page, live_server: Any, make_interview: Any, user: User, width: int
) -> None:
    workspace = populate(user, make_interview)
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(f"{live_server.url}/interviews/{workspace.interview.pk}/debrief/")
    section = page.locator("#debrief-topics")
    section.get_by_role("button", name="Confirm").first.click()
    expect(page.get_by_text("Saved.")).to_be_attached()
    expect(section.locator(".tag.ok", has_text="Confirmed")).to_have_count(1)
    assert page.evaluate("window.scrollY") > 0
    top = page.evaluate("document.getElementById('debrief-topics').getBoundingClientRect().top")
    assert 0 <= top < 800
