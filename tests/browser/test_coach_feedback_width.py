"""The coach page gives feedback the width the dry run gives it, and no score is clipped."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

from tests.browser.workspace import STRONG, populate

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [390, 1280])
def test_coach_feedback_is_as_wide_as_in_the_dry_run(
    page: Page, live_server: Any, make_interview: Any, user: User, width: int
) -> None:
    workspace = populate(user, make_interview)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{live_server.url}/practice/{workspace.unfinished.pk}/?after={workspace.answer.pk}")
    dry_run = page.locator(".feedback").first.bounding_box()
    page.goto(f"{live_server.url}/coach/")
    page.get_by_label("Your answer").fill(STRONG)
    page.get_by_role("button", name="Coach my answer").click()
    feedback = page.locator("#result .feedback")
    expect(feedback).to_be_visible()
    coach = feedback.bounding_box()
    assert dry_run is not None and coach is not None
    assert abs(coach["width"] - dry_run["width"]) <= 2, (coach["width"], dry_run["width"])
    if width == 1280:
        assert coach["width"] > 900
    clipped = page.evaluate(
        """() => [...document.querySelectorAll('#result .score-bars li')].filter(li => {
            const value = li.querySelector('.score-value').getBoundingClientRect();
            const row = li.getBoundingClientRect();
            return li.scrollWidth > li.clientWidth || value.right > row.right + 0.5;
        }).length"""
    )
    assert clipped == 0
