"""The terminal dry run keeps a pasted answer of several paragraphs whole."""

from __future__ import annotations

from typing import Any

import pytest

from secondround.practice.models import PracticeAnswer
from tests.cli.stdin import run

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
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, make_interview: Any
) -> None:
    interview = make_interview()
    pasted = f"{FIRST}\n\n{SECOND}\n.\n"
    code, out, err = run(
        capsys, monkeypatch, "practice", str(interview.pk), "--length", "3", stdin=pasted.encode()
    )
    assert code == 0, err
    stored = PracticeAnswer.objects.get()
    assert stored.position == 0 and not stored.is_probe
    assert stored.text == f"{FIRST}\n\n{SECOND}"
    # Nothing was filed as the answer to a follow-up that nobody answered.
    assert not PracticeAnswer.objects.filter(is_probe=True).exists()
    assert "answers are kept" in out


def test_the_help_says_how_to_end_an_answer(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(capsys, monkeypatch, "practice", "--help")
    assert code == 0
    assert "full stop" in " ".join(out.split())
