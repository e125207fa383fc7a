"""Questions about experience and scope, pay in everyday words, what you would do first in the job,
and what drew you to it get their kind (and its checks) through `secondround coach --json`."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus

ANSWER = "About eight years, mostly on the night shift at a parcel depot near Reading."


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What's your experience with payroll software?", "factual"),
        ("Which forklift licences have you got?", "factual"),
        ("What range of clients do you see now?", "factual"),
        ("What's your area of specialism?", "factual"),
        ("Can you drive a minibus?", "factual"),
        ("What kind of pay are you after?", "salary"),
        ("What are you hoping to take home?", "salary"),
        ("If you joined us, what would you tackle first?", "plan_90_days"),
        ("What would your priorities be in the first six weeks?", "plan_90_days"),
        ("What's drawn you to district nursing?", "motivation"),
        ("Describe how you planned the office move.", "behavioural"),
        # Not a job start: an emergency is still a "what would you do".
        ("What would you do first if the fire alarm went off?", "situational"),
        ("Describe how you would calm a crying child.", "situational"),
    ],
)
def test_the_question_gets_its_kind_with_the_rule_as_evidence(
    cli: Callable[..., Any], question: str, kind: str
) -> None:
    code, out, err = cli("coach", "-", "--json", "--question", question, stdin=ANSWER.encode())
    assert code == ExitStatus.OK, err
    data = json.loads(out)
    assert data["question_kind"]["kind"] == kind
    assert data["question_kind"]["note"] is None
    assert data["question_kind"]["evidence"]
    if kind == "factual":
        assert {c["name"] for c in data["checks"]} >= {"direct"}
        assert "missing_action" not in {r["kind"] for r in data["remarks"]}
