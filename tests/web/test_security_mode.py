"""The privacy gate fails closed: whatever SECONDROUND_MODE says, pages need the link."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client


@pytest.mark.parametrize("mode", ["lcoal", "hosted", "", "LOCAL "])
def test_a_mode_other_than_local_does_not_open_the_pages(
    db: None, settings: Any, mode: str
) -> None:
    settings.SECONDROUND_MODE = mode
    settings.SECONDROUND_ACCESS_TOKEN = "the-link-token"
    assert Client().get("/").status_code == 403
    assert Client().get("/interviews/new/").status_code == 403
