"""The job text and the notes on the interview page read in full, not in cut-off scroll boxes."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page

from tests.browser.workspace import populate

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [390, 1280])
def test_long_texts_have_no_inner_scroll_box(
    page: Page, live_server: Any, make_interview: Any, user: User, width: int
) -> None:
    workspace = populate(user, make_interview)
    page.set_viewport_size({"width": width, "height": 844})
    page.goto(f"{live_server.url}/interviews/{workspace.interview.pk}/")
    boxes = page.evaluate(
        """() => [...document.querySelectorAll('.prose')].map(el => ({
            inner: el.scrollHeight, shown: el.clientHeight,
            overflow: getComputedStyle(el).overflowY}))"""
    )
    assert len(boxes) == 2  # the job description and the notes
    for box in boxes:
        assert box["inner"] <= box["shown"] + 1, box
        assert box["overflow"] == "visible", box
