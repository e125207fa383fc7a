"""A recording whose transcription stopped part-way (its worker died) is shown as failed with a
Try again button; pressing it transcribes the kept audio and the transcript lands as usual."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.test import override_settings
from django.utils import timezone
from playwright.sync_api import Browser, expect

from secondround.voice.models import Recording
from tests.browser.conftest import TOKEN
from tests.browser.test_record_an_answer import _signed_in, microphone_browser  # noqa: F401

pytestmark = pytest.mark.browser

# A queue nobody works: the upload waits, as it would with every worker gone.
UNWORKED = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.mark.parametrize("width", [390, 1280])
def test_try_again_transcribes_the_kept_recording(
    microphone_browser: Browser,  # noqa: F811
    live_server: Any,
    settings: Any,
    user: Any,
    width: int,
) -> None:
    settings.TASKS = UNWORKED
    with override_settings(SECONDROUND_ACCESS_TOKEN=TOKEN):
        page = _signed_in(microphone_browser, live_server, width)
        page.goto(f"{live_server.url}/coach/")
        page.get_by_label("The question").fill("Tell me about a time you led a team.")
        page.get_by_role("button", name="Record", exact=True).click()
        expect(page.locator("#record-status")).to_contain_text("Recording")
        page.wait_for_timeout(6_000)
        page.get_by_role("button", name="Stop").click()
        status = page.locator("#record-status")
        expect(status).to_contain_text("Waiting to be transcribed", timeout=30_000)
        # The worker that took it died ten minutes ago.
        Recording.objects.update(
            status="transcribing", progress_at=timezone.now() - timedelta(minutes=10)
        )
        expect(status).to_contain_text("stopped before it finished", timeout=15_000)
        retry = page.get_by_role("button", name="Try again")
        expect(retry).to_be_visible()
        box = retry.bounding_box()
        assert box is not None and box["x"] + box["width"] <= width
        settings.TASKS = IMMEDIATE  # a worker is back
        retry.click()
        answer = page.get_by_label("Your answer")
        expect(answer).to_have_value(re.compile("team|depot|led", re.IGNORECASE), timeout=90_000)
        expect(retry).to_be_hidden()
        assert Recording.objects.get().status == "done"
        page.context.close()
