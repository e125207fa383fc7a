"""`secondround loose-ends INTERVIEW [--json]`: the checklist with answers and flags."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.dayof.models import DayOf, Reference


def test_it_lists_answers_flags_and_what_is_missing(
    cli: Callable[..., Any], make_interview: Any
) -> None:
    interview = make_interview(company="Northwind")
    DayOf.objects.create(interview=interview, notice_amount=1, notice_unit="months")
    Reference.objects.create(interview=interview, name="Ben Ode")
    result = cli("loose-ends", str(interview.pk))
    assert result.code == 0, result.err
    assert "Loose ends for Northwind:" in result.out
    assert "1 month from today" in result.out
    assert "! Ask Ben Ode before you give their name." in result.out
    rows = json.loads(cli("loose-ends", str(interview.pk), "--json").out)
    by_key = {row["key"]: row for row in rows}
    assert by_key["start_date"]["prepared"] is True
    assert by_key["references"]["prepared"] is False
    assert by_key["documents"]["answer"] == ""
