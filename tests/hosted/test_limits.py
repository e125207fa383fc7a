"""Per-account limits: too many requests in a minute, or too many uploads in a day, get a polite
page (429) and the request is not carried out."""

from __future__ import annotations

from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from secondround.interviews.models import Interview
from tests.hosted.conftest import page, sign_in


def test_too_many_requests_in_a_minute_get_a_polite_page(account: Any) -> None:
    account("busy@example.org")
    client = sign_in("busy@example.org")
    with override_settings(SECONDROUND_LIMITS={"requests_per_minute": 5, "uploads_per_day": 5}):
        statuses = [client.get("/").status_code for _ in range(6)]
        refused = client.post("/interviews/new/", {"company": "Acme", "role": "Analyst"})
    assert statuses == [200] * 5 + [429]
    assert refused.status_code == 429
    assert "more than 5 pages in one minute" in page(refused)
    assert not Interview.objects.exists()


def test_uploads_over_the_daily_limit_are_refused_and_store_nothing(account: Any) -> None:
    account("uploader@example.org")
    client = sign_in("uploader@example.org")
    with override_settings(SECONDROUND_LIMITS={"requests_per_minute": 100, "uploads_per_day": 1}):
        first = client.post(
            "/stories/import/", {"file": SimpleUploadedFile("stories.md", b"# nothing\n")}
        )
        assert first.status_code != 429
        second = client.post("/data/import/", {"file": SimpleUploadedFile("export.json", b"{}")})
    assert second.status_code == 429
    assert "1 uploaded files today" in page(second)
    # Another account has its own allowance.
    account("other@example.org")
    other = sign_in("other@example.org")
    with override_settings(SECONDROUND_LIMITS={"requests_per_minute": 100, "uploads_per_day": 1}):
        assert (
            other.post(
                "/data/import/", {"file": SimpleUploadedFile("export.json", b"{}")}
            ).status_code
            != 429
        )
