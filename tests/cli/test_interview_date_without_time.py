"""An interview given a date but no time says "time not set" in the terminal, not 00:00."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from secondround.interviews.models import Interview


def _only_id() -> str:
    # Ids are not 1 on PostgreSQL, whose sequences run on between tests.
    return str(Interview.objects.get().pk)


def test_show_and_list_say_time_not_set(cli: Callable[..., Any]) -> None:
    added = cli(
        "interview", "add", "--company", "Acme", "--role", "Analyst", "--date", "2026-12-03"
    )
    assert added.code == 0, added.err
    shown = cli("interview", "show", _only_id())
    assert "Thursday 03 December 2026, time not set" in shown.out
    assert "00:00" not in shown.out
    listed = cli("interview", "list")
    # The table wraps its cells at the test terminal's width; the words are there, 00:00 is not.
    assert {"time", "not", "set"} <= set(listed.out.split())
    assert "00:00" not in listed.out


def test_a_time_given_is_shown_with_its_zone(cli: Callable[..., Any]) -> None:
    cli(
        "interview",
        "add",
        "--company",
        "Acme",
        "--role",
        "Analyst",
        "--date",
        "2026-12-03",
        "--time",
        "14:30",
        "--tz",
        "Europe/London",
    )
    shown = cli("interview", "show", _only_id())
    assert "Thursday 03 December 2026, 14:30 Europe/London" in shown.out
