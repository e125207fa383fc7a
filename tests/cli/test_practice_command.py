"""`secondround practice` in a real subprocess, answering on stdin as a person would type."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable

STRONG = (
    "Last spring two of our biggest customers complained that deliveries arrived late.\n"
    "I was asked to find the cause within a month.\n"
    "I pulled six weeks of route data into Excel and found 70% of late drops came from one bay.\n"
    "I agreed an earlier shift with the supervisor and changed the loading order.\n"
    "Within three weeks late deliveries fell from 18% to 4% and both customers renewed.\n"
)
NO_RESULT = (
    "Last year our depot kept missing delivery slots for a big retailer.\n"
    "I went through the route sheets with the planners and changed the loading order.\n"
)


def _add(script: Callable[..., subprocess.CompletedProcess[str]]) -> int:
    added = script("interview", "add", "--company", "Acme", "--role", "Analyst", "--json")
    assert added.returncode == 0, added.stderr
    return int(json.loads(added.stdout)["id"])


def test_a_terminal_dry_run_asks_coaches_probes_and_reports(
    script: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    interview = _add(script)
    # First answer lacks a result, so a follow-up comes; then two strong answers.
    answers = NO_RESULT + ".\n" + "It cut late slots from 12 a week to 2.\n.\n"
    answers += STRONG + ".\n" + STRONG + ".\n" + STRONG + ".\n"
    done = script("practice", str(interview), "--length", "3", stdin=answers)
    assert done.returncode == 0, done.stderr
    assert "Question 1 of 3" in done.stdout
    assert "Follow-up" in done.stdout
    assert "Overall" in done.stdout
    assert "overall" in done.stdout.lower() and "Dry run" in done.stdout


def test_stopping_early_keeps_the_answers_and_resume_carries_on(
    script: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    interview = _add(script)
    first = script("practice", str(interview), "--length", "3", stdin=STRONG)
    assert first.returncode == 0, first.stderr
    assert "answers are kept" in first.stdout
    resumed = script("practice", str(interview), "--resume", stdin=STRONG + ".\n" + STRONG)
    assert resumed.returncode == 0, resumed.stderr
    assert "Question 2 of 3" in resumed.stdout
    assert "Question 1 of 3" not in resumed.stdout


def test_a_bad_length_or_missing_interview_is_one_sentence(
    script: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    interview = _add(script)
    bad = script("practice", str(interview), "--length", "7", stdin="")
    assert bad.returncode == 3
    assert "Choose 3, 5, 10 or 15 questions." in bad.stderr
    missing = script("practice", "999", stdin="")
    assert missing.returncode == 4
    assert "There is no interview 999" in missing.stderr
    nothing = script("practice", str(interview), "--resume", stdin="")
    assert nothing.returncode == 4
    assert "no unfinished dry run" in nothing.stderr
