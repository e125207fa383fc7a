"""`secondround debrief` heads each kind of finding as the web page does (one table)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from secondround.core.debrief import HEADINGS


def test_the_debrief_command_shows_the_page_headings(cli: Callable[..., Any]) -> None:
    notes = b"Concerns: she asked whether I had managed a budget.\nI promised to send my portfolio."
    shown = cli("debrief", "-", stdin=notes)
    assert shown.code == 0, shown.err
    assert HEADINGS["concerns"][0] in shown.out
    assert HEADINGS["promises"][0] in shown.out
