"""The terminal dry run keeps a pasted answer of several paragraphs whole."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from secondround.practice.models import PracticeAnswer

FIRST = (
    "Last spring two of our biggest customers complained that deliveries arrived late. "
    "I was asked to find the cause within a month."
)
SECOND = (
    "I pulled six weeks of route data into Excel and found 70% of late drops came from one "
    "bay. I agreed an earlier shift with the supervisor and changed the loading order. Within "
    "three weeks late deliveries fell from 18% to 4% and both customers renewed."
)


def test_a_pasted_answer_with_a_blank_line_is_one_answer(
    cli: Callable[..., Any], make_interview: Any
) -> None:
    interview = make_interview()
    pasted = f"{FIRST}\n\n{SECOND}\n.\n"
    code, out, err = cli("practice", str(interview.pk), "--length", "3", stdin=pasted.encode())
    assert code == 0, err
    stored = PracticeAnswer.objects.get()
    assert stored.position == 0 and not stored.is_probe
    assert stored.text == f"{FIRST}\n\n{SECOND}"
    # Nothing was filed as the answer to a follow-up that nobody answered.
    assert not PracticeAnswer.objects.filter(is_probe=True).exists()
    assert "answers are kept" in out


def test_the_help_says_how_to_end_an_answer(cli: Callable[..., Any]) -> None:
    code, out, _ = cli("practice", "--help")
    assert code == 0
    assert "full stop" in " ".join(out.split())
