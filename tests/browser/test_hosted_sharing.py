"""Hosted mode in a real Chromium: sign up and verify (the mailed link), add an interview, start
a dry run, invite a reviewer, who enters marks on a phone; the owner sees them, revokes, and the
reviewer is refused."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import User
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

PASSWORD = "a long and unusual passphrase 7"
ANSWER = (
    "Last spring our depot missed a third of its delivery slots. I was asked to fix the routes. "
    "I rebuilt them around the new one-way system and trained the six planners myself. "
    "Within a month on-time deliveries rose from 64% to 91%."
)


@pytest.fixture
def hosted_site(live_server: Any) -> Iterator[str]:
    cache.clear()
    # The live server built its middleware chain when it started, in local mode: build it
    # again for hosted mode, and back afterwards for the other browser tests.
    app = live_server.thread.httpd.get_app()
    handler = getattr(app, "application", app)
    try:
        with override_settings(
            SECONDROUND_MODE="hosted",
            MIDDLEWARE=settings.HOSTED_MIDDLEWARE,
            ROOT_URLCONF="secondround.web.hosted_urls",
            SECONDROUND_ACCESS_TOKEN="",
        ):
            handler.load_middleware()
            yield live_server.url
    finally:
        handler.load_middleware()


def _tab(browser: Browser, width: int) -> Page:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


def _sign_in(page: Page, url: str, email: str) -> None:
    page.goto(f"{url}/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").first.click()
    expect(page.get_by_role("link", name="Sharing")).to_be_visible()


def _fits(page: Page, width: int) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1


def test_sign_up_invite_a_reviewer_who_marks_then_revoke(
    browser: Browser, hosted_site: str, artifacts: Path
) -> None:
    url = hosted_site
    owner = _tab(browser, 1280)
    owner.goto(f"{url}/accounts/signup/")
    owner.locator("input[name=email]").fill("owner@example.org")
    owner.locator("input[name=password1]").fill(PASSWORD)
    owner.locator("input[name=password2]").fill(PASSWORD)
    owner.locator("form button[type=submit]").first.click()
    expect(owner.get_by_role("heading", name=re.compile("Verify", re.I))).to_be_visible()
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", str(mail.outbox[-1].body))
    assert link
    owner.goto(link.group(0))
    owner.locator("form button[type=submit]").first.click()
    expect(owner.get_by_role("link", name="Sharing")).to_be_visible()

    owner.goto(f"{url}/interviews/new/")
    owner.locator("#id_company").fill("Northwind Logistics")
    owner.locator("#id_role").fill("Operations analyst")
    owner.get_by_role("button", name="Add interview").click()
    owner.get_by_role("link", name="Dry run").click()
    owner.get_by_label("How many questions").select_option("3")
    owner.get_by_role("button", name="Start the dry run").click()
    owner.get_by_role("textbox", name="Your answer").fill(ANSWER)
    owner.get_by_role("button", name="Send answer").click()
    expect(owner.get_by_role("heading", name="Feedback on your answer")).to_be_visible()

    owner.goto(f"{url}/sharing/")
    owner.get_by_label("What to share").select_option(
        label="Northwind Logistics – Operations analyst"
    )
    owner.get_by_label("What they may do").select_option("reviewer")
    owner.get_by_role("button", name="Invite").click()
    invite = owner.locator("#new-link").input_value()
    assert "/invite/" in invite
    owner.screenshot(path=str(artifacts / "hosted-sharing-1280.png"), full_page=True)

    reviewer_user = User.objects.create_user("coach@example.org", "coach@example.org", PASSWORD)
    EmailAddress.objects.create(
        user=reviewer_user, email="coach@example.org", verified=True, primary=True
    )
    reviewer = _tab(browser, 390)
    _sign_in(reviewer, url, "coach@example.org")
    reviewer.goto(invite)
    reviewer.get_by_role("button", name="Accept the invitation").click()
    reviewer.get_by_role("link", name="Northwind Logistics – Operations analyst").click()
    reviewer.locator("a", has_text=re.compile(r"\d{4}")).first.click()
    reviewer.get_by_role("link", name="Enter your marks").click()
    reviewer.locator("#id_q0-heard_action").check()
    reviewer.locator("#id_q0-rating").fill("4")
    reviewer.locator("#id_q0-comment").fill("Lead with what you did yourself.")
    _fits(reviewer, 390)
    reviewer.screenshot(path=str(artifacts / "hosted-reviewer-marks-390.png"), full_page=True)
    reviewer.get_by_role("button", name="Save marks").click()
    expect(reviewer.get_by_text("Your marks are saved")).to_be_visible()
    shared_run = reviewer.url

    owner.goto(f"{url}/practice/")
    owner.locator("a[href*='/report/']").first.click()
    expect(owner.get_by_text("Lead with what you did yourself.")).to_be_visible()
    owner.goto(f"{url}/sharing/")
    expect(owner.get_by_text("entered marks on a dry run of Northwind Logistics")).to_be_visible()
    owner.get_by_role("button", name="Withdraw").click()
    expect(owner.get_by_text("can no longer open")).to_be_visible()

    response = reviewer.goto(shared_run)
    assert response is not None and response.status == 404
    reviewer.goto(f"{url}/shared/")
    expect(reviewer.get_by_text("Nothing is shared with you")).to_be_visible()
    _fits(reviewer, 390)
