"""Progress charts read on a phone and a desktop: real-size text, one label per dry run, both
scores of each run drawn, and only competencies on the competency chart."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page

from secondround.core.competencies import COMPETENCIES
from tests.browser.workspace import populate

pytestmark = pytest.mark.browser

VISIBLE_CHARTS = """() => [...document.querySelectorAll('svg.chart')]
    .filter(svg => svg.getBoundingClientRect().width > 0)"""


@pytest.mark.parametrize("width", [390, 1280])
def test_chart_text_is_readable_at_every_width(
    page: Page, live_server: Any, make_interview: Any, user: User, width: int
) -> None:
    populate(user, make_interview)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{live_server.url}/practice/")
    sizes = page.evaluate(
        f"""() => ({VISIBLE_CHARTS})().map(svg => {{
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return Math.min(...[...svg.querySelectorAll('text')].map(
                t => parseFloat(t.getAttribute('font-size')) * scale));
        }})"""
    )
    assert len(sizes) == 2  # the overall chart and the competency chart, once each
    assert min(sizes) >= 11, sizes
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_each_dry_run_has_its_own_label_and_both_scores(
    page: Page, live_server: Any, make_interview: Any, user: User
) -> None:
    populate(user, make_interview)
    page.goto(f"{live_server.url}/practice/")
    overall = page.locator(".chart-wide svg").first
    legend = overall.evaluate("svg => [...svg.querySelectorAll('text')].map(t => t.textContent)")
    assert "First answers" in legend and "With follow-ups" in legend
    assert "first answers and with their follow-ups" in (overall.get_attribute("aria-label") or "")
    labels = [t for t in legend if t[:1].isdigit() and " " in t]
    # Two dry runs on one day, a week ago, and one today: three different labels.
    assert len(labels) == 3 and len(set(labels)) == 3, labels


def test_the_competency_chart_charts_competencies_only(
    page: Page, live_server: Any, make_interview: Any, user: User
) -> None:
    populate(user, make_interview)
    page.goto(f"{live_server.url}/practice/")
    chart = page.locator(".chart-wide svg").nth(1)
    assert "with follow-ups" in (chart.get_attribute("aria-label") or "")
    names = chart.evaluate(
        "svg => [...svg.querySelectorAll('path.point + text')].map(t => t.textContent)"
    )
    assert names
    assert set(names) <= set(COMPETENCIES.values()), names
