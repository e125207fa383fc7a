"""Under the Content-Security-Policy the pages' own scripts still run and nothing is blocked,
at phone and desktop widths."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [390, 1280])
def test_pages_run_their_scripts_and_break_no_rule_of_the_policy(
    page: Page, live_server: Any, make_interview: Any, user: Any, width: int
) -> None:
    from secondround.services import practice

    page.set_viewport_size({"width": width, "height": 860})
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    interview = make_interview(company="Northwind", people=[("Priya Shah", "line_manager")])
    session = practice.start_session(user, interview, 3)
    for path in (
        "/",
        "/interviews/new/",
        f"/interviews/{interview.pk}/",
        f"/interviews/{interview.pk}/plan/",
        "/coach/",
        "/practice/",
    ):
        response = page.goto(f"{live_server.url}{path}")
        assert response is not None and response.status == 200, path
        assert "default-src 'none'" in (response.headers.get("content-security-policy") or "")
    page.goto(f"{live_server.url}/practice/{session.pk}/")
    # The timer is an inline script with the response's nonce: it counts.
    expect(page.locator("#timer")).not_to_have_text("0:00", timeout=5_000)
    # The score bars' widths are style attributes, which the policy allows.
    assert violations == []
