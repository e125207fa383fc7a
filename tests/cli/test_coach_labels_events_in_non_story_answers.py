"""In answers that are not stories (why this job, a 90-day plan, what would you do), reasons and
plans are "other" while a real event the speaker tells is labelled as the story it is; and
appending a follow-up never changes an earlier label. Through `secondround coach --json`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.cli.coach_json import Cli, coach

# (question, [(sentence, expected: "O" or "story")]) — answers written for this test.
CASES = [
    (
        "Why do you want to work for us?",
        [
            ("I want this job because your clinics open late, which suits working families.", "O"),
            ("Last spring I volunteered at a food bank in Hull and ran the sign-up desk.", "story"),
            ("We got the queue down from an hour to twenty minutes.", "story"),
            ("That is the kind of practical work I want to do here every day.", "O"),
        ],
    ),
    (
        "What would your first 90 days look like?",
        [
            ("In the first month I'd sit with each of the nurses and learn the handover.", "O"),
            ("Then I'd focus on the discharge delays, because they block beds.", "O"),
            ("At my last trust I cut discharge waits by a third with a checklist.", "story"),
            ("By day ninety I'd want the average wait under four hours.", "O"),
        ],
    ),
    (
        "What would you do if a customer shouted at a colleague?",
        [
            ("First I would step in calmly and take the customer aside.", "O"),
            ("Then I would listen and offer to sort the problem myself.", "O"),
            ("I walked him to the quiet desk and fixed his contract myself.", "story"),
            ("He left calm and the new starter thanked me afterwards.", "story"),
        ],
    ),
]


IDS = ["motivation", "plan", "situational"]


def _coach(cli: Cli, question: str, answer: str) -> dict[str, Any]:
    return coach(cli, question, answer)


@pytest.mark.parametrize(
    ("question", "sentences"), CASES, ids=["motivation", "plan", "situational"]
)
def test_reasons_and_plans_are_other_and_told_events_are_story_parts(
    cli: Callable[..., Any], question: str, sentences: list[tuple[str, str]]
) -> None:
    data = _coach(cli, question, " ".join(text for text, _ in sentences))
    assert data["question_kind"]["kind"] != "general"
    got = [s["star"] for s in data["sentences"]]
    assert len(got) == len(sentences)
    for (text, expected), label in zip(sentences, got, strict=True):
        if expected == "O":
            assert label == "O", text
        else:
            assert label in {"S", "T", "A", "R"}, text


@pytest.mark.parametrize(
    ("question", "sentences"), CASES, ids=["motivation", "plan", "situational"]
)
def test_a_follow_up_appended_keeps_every_earlier_label(
    cli: Callable[..., Any], question: str, sentences: list[tuple[str, str]]
) -> None:
    answer = " ".join(text for text, _ in sentences)
    before = _coach(cli, question, answer)["sentences"]
    after = _coach(cli, question, answer + "\nTo add to that: I did it on my own.")["sentences"]
    assert len(after) == len(before) + 1
    assert [(s["text"], s["star"], s["evidence"]) for s in after[: len(before)]] == [
        (s["text"], s["star"], s["evidence"]) for s in before
    ]
