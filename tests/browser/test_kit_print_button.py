"""The prep pack's Print button works under the Content-Security-Policy: no inline handler, so
the browser reports no violation, and a click opens the print dialog (phone and desktop)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [390, 1280])
def test_the_kit_prints_without_breaking_the_content_security_policy(
    page: Page, live_server: Any, make_interview: Any, width: int
) -> None:
    interview = make_interview(job_description="You will lead a team of six analysts.")
    errors: list[str] = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.add_init_script("window.print = () => { window.printed = (window.printed || 0) + 1; };")
    page.set_viewport_size({"width": width, "height": 844})
    page.goto(f"{live_server.url}/interviews/{interview.pk}/kit/")
    button = page.get_by_role("button", name="Print")
    expect(button).to_be_visible()
    button.click()
    assert page.evaluate("window.printed") == 1
    assert not errors, errors
