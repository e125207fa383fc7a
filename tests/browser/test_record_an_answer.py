"""Record an answer on the coach page (Chromium's fake microphone plays a spoken clip), see the
transcript land in the answer box and the delivery feedback, then coach the corrected text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import override_settings
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import CHROMIUM, TOKEN
from tests.voice_clips import answer_clip

pytestmark = pytest.mark.browser

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]


@pytest.fixture(scope="module")
def microphone_browser(browser: Browser) -> Iterator[Browser]:
    """Chromium whose microphone is the test clip, granted without asking."""
    fake = [
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
        f"--use-file-for-fake-audio-capture={answer_clip()}",
    ]
    # Launched by the suite's own Playwright: a second one cannot run beside it.
    speaking = browser.browser_type.launch(
        executable_path=CHROMIUM, headless=True, args=[*ARGS, *fake]
    )
    yield speaking
    speaking.close()


@pytest.fixture
def worker(settings: Any) -> None:
    # The live server's in-memory SQLite cannot be shared with a worker thread ("table is
    # locked"), so here the task runs as it is queued; tests/web/test_record_an_answer.py runs
    # the real database queue and its worker.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def _signed_in(browser: Browser, live_server: Any, width: int) -> Page:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{live_server.url}/?token={TOKEN}")
    return page


@pytest.mark.parametrize("width", [390, 1280])
def test_a_recorded_answer_is_transcribed_measured_and_coached(
    microphone_browser: Browser, live_server: Any, worker: None, user: Any, width: int
) -> None:
    with override_settings(SECONDROUND_ACCESS_TOKEN=TOKEN):
        page = _signed_in(microphone_browser, live_server, width)
        page.goto(f"{live_server.url}/coach/")
        page.get_by_label("The question").fill("Tell me about a time you led a team.")
        page.get_by_role("button", name="Record", exact=True).click()
        expect(page.locator("#record-status")).to_contain_text("Recording")
        page.wait_for_function("() => document.getElementById('record-level').value > 0.05")
        page.wait_for_timeout(13_000)  # the clip lasts about 12 s
        page.get_by_role("button", name="Stop").click()
        answer = page.get_by_label("Your answer")
        expect(answer).to_have_value(re.compile("supplier", re.IGNORECASE), timeout=90_000)
        delivery = page.locator("#delivery")
        expect(delivery).to_contain_text("words a minute")
        expect(delivery).to_contain_text("pause before")
        box = delivery.bounding_box()
        assert box is not None and box["width"] <= width
        answer.fill(answer.input_value() + " I was the shift lead.")
        page.get_by_role("button", name="Coach my answer").click()
        expect(page.locator("#result .feedback")).to_contain_text("shift lead")
        page.context.close()


def test_a_refused_microphone_is_explained(browser: Browser, live_server: Any, user: Any) -> None:
    with override_settings(SECONDROUND_ACCESS_TOKEN=TOKEN):
        page = _signed_in(browser, live_server, 390)
        page.goto(f"{live_server.url}/coach/")
        page.get_by_role("button", name="Record", exact=True).click()
        expect(page.locator("#record-status")).to_contain_text(
            re.compile("refused the microphone|No microphone could be opened")
        )
        expect(page.get_by_label("Your answer")).to_be_editable()
        page.context.close()
