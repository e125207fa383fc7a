"""NaN and Infinity are refused anywhere in an import file, even in a plan's free-form parts
(such as a question's assigned story), where the schema does not name every field."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.contrib.auth.models import User

from secondround.interviews.models import Interview
from secondround.practice.models import PracticeSession
from secondround.services import practice
from secondround.services.exchange import ImportRefused, export_data, parse_export


@pytest.mark.parametrize("number", [float("inf"), float("-inf"), float("nan")])
def test_a_number_that_is_not_finite_inside_a_plan_is_refused(user: User, number: float) -> None:
    interview = Interview.objects.create(owner=user, company="Acme", role="Analyst")
    practice.start_session(user, interview, 3)
    data: dict[str, Any] = json.loads(json.dumps(export_data(user)))
    data["practice_sessions"][0]["plan"][0]["story"] = {"score": number}
    with pytest.raises(ImportRefused, match="not finite"):
        parse_export(json.dumps(data))
    assert PracticeSession.objects.count() == 1
