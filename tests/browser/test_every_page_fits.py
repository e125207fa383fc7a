"""Every page of a populated workspace fits the screen: nothing wider than a phone (390 px) or
a desktop (1280 px), so nothing sits off to the side, out of reach."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page

from tests.browser.workspace import populate

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [390, 1280])
def test_no_page_is_wider_than_the_screen(
    page: Page, live_server: Any, make_interview: Any, user: User, width: int
) -> None:
    workspace = populate(user, make_interview)
    page.set_viewport_size({"width": width, "height": 844 if width == 390 else 860})
    too_wide = []
    for path in workspace.pages():
        response = page.goto(f"{live_server.url}{path}")
        assert response is not None and response.ok, (
            f"{path} answered {response and response.status}"
        )
        scroll = page.evaluate("document.documentElement.scrollWidth")
        if scroll > width:
            too_wide.append(f"{path} is {scroll} px wide")
    # The page a browser without the serve link sees.
    browser = page.context.browser
    assert browser is not None
    stranger = browser.new_context(viewport={"width": width, "height": 844})
    locked = stranger.new_page()
    locked.goto(f"{live_server.url}/")
    assert "private" in locked.content()
    scroll = locked.evaluate("document.documentElement.scrollWidth")
    if scroll > width:
        too_wide.append(f"the locked page is {scroll} px wide")
    stranger.close()
    assert not too_wide, f"At {width} px: " + "; ".join(too_wide)


@pytest.mark.parametrize("width", [390, 1280])
def test_the_interview_pages_buttons_are_all_on_screen(
    page: Page, live_server: Any, make_interview: Any, user: User, width: int
) -> None:
    workspace = populate(user, make_interview)
    page.set_viewport_size({"width": width, "height": 844})
    page.goto(f"{live_server.url}/interviews/{workspace.interview.pk}/")
    for name in ("Dry run", "Plan", "Debrief", "Edit", "Delete"):
        box = (
            page.locator(".head-actions").get_by_role("link", name=name, exact=True).bounding_box()
        )
        assert box is not None
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, f"{name} is off screen"
