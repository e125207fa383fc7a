"""Bullet answers are labelled by their shape as a person types them: a setting given as a noun
phrase is the situation, "- Needed to…" with no subject is the task, a line led by a verb is an
action; labels stay put when a follow-up bullet is appended (`secondround coach --json`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

QUESTION = "Tell me about a time you worked under pressure."
BULLETS = (
    "- Night shift, 40-bed surgical ward, two nurses off sick\n"
    "- Needed to keep every patient's 2am observations on time with half the staff\n"
    "- Rang the bed manager and borrowed a nurse from the day unit\n"
    "- Split the bays by acuity and did the sickest myself\n"
    "- All observations done within 15 minutes of the schedule; no incidents reported"
)
ROLE_TASK = (
    "- Busy Saturday at a garden centre, tills queue out of the door\n"
    "- As the duty supervisor, needed to open two more tills without closing the café\n"
    "- Moved two café staff onto the tills for an hour and served the café myself\n"
    "- Queue gone in twenty minutes"
)
FOLLOW_UP = "\n- And yes, the rota for the next month had a third nurse on nights"


def _labels(cli: Callable[..., Any], answer: str) -> list[tuple[str, str]]:
    code, out, err = cli("coach", "-", "--json", "--question", QUESTION, stdin=answer.encode())
    assert code == ExitStatus.OK, err
    data: dict[str, Any] = json.loads(out)
    return [(s["text"], s["star"]) for s in data["sentences"]]


def test_a_bullet_answer_is_labelled_situation_task_action_result(
    cli: Callable[..., Any],
) -> None:
    assert [label for _, label in _labels(cli, BULLETS)] == ["S", "T", "A", "A", "R"]


def test_a_task_noted_without_a_subject_after_the_role_is_the_task(
    cli: Callable[..., Any],
) -> None:
    labels = dict(_labels(cli, ROLE_TASK))
    assert (
        labels["As the duty supervisor, needed to open two more tills without closing the café"]
        == "T"
    )


def test_appending_a_follow_up_bullet_keeps_every_earlier_label(
    cli: Callable[..., Any],
) -> None:
    before = _labels(cli, BULLETS)
    after = _labels(cli, BULLETS + FOLLOW_UP)
    assert len(after) == len(before) + 1
    assert after[: len(before)] == before
