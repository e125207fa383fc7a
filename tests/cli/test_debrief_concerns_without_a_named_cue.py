"""`secondround debrief --json` reads a doubt no reaction marks: the interviewer raising a subject
and the candidate's gap said after it ("asked about my licence — i have counterbalance, not
reach"), a dislike said plainly ("didn't love that i've never done nights"), asking again in
other words, and the employer's need said back to a gap. The candidate's own worries, praise,
the candidate's questions and facts about the employer stay no concern."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus


def _read(cli: Callable[..., Any], notes: str) -> dict[str, Any]:
    code, out, err = cli("debrief", "-", "--json", stdin=notes.encode())
    assert code == ExitStatus.OK, err
    result: dict[str, Any] = json.loads(out)
    return result


def _concerns(result: dict[str, Any]) -> list[str]:
    return [c["evidence"] for c in result["concerns"]]


def test_a_gap_said_after_the_subject_they_raised_is_a_concern(cli: Callable[..., Any]) -> None:
    notes = (
        "bakery supervisor, round 1 w/ corinne\n"
        "- corinne asked about my forklift licence — i have counterbalance, not reach\n"
        "- they have 14 staff over 2 shops\n"
    )
    result = _read(cli, notes)
    assert _concerns(result) == [
        "corinne asked about my forklift licence — i have counterbalance, not reach"
    ]
    assert "forklift" in result["concerns"][0]["text"]
    assert result["topics"] == []


def test_a_dislike_said_plainly_is_a_concern_worded_as_the_doubt(cli: Callable[..., Any]) -> None:
    notes = "bakery supervisor\n- she didn't love that i've never done the early shift\n"
    result = _read(cli, notes)
    assert [c["text"] for c in result["concerns"]] == [
        "she didn't love that i've never done the early shift"
    ]


def test_asking_again_in_other_words_marks_the_question_a_concern(cli: Callable[..., Any]) -> None:
    notes = (
        "bakery supervisor\n"
        "- asked how i'd handle a late flour delivery, i said ring the driver."
        " she asked me two more times what else i'd do\n"
    )
    result = _read(cli, notes)
    assert len(result["concerns"]) == 1
    concern = result["concerns"][0]
    assert concern["text"].startswith("asked how i'd handle a late flour delivery")
    assert concern["evidence"].endswith("two more times what else i'd do")


def test_the_need_said_back_to_a_gap_is_evidence_not_the_worry(cli: Callable[..., Any]) -> None:
    notes = (
        "bakery supervisor\n"
        "- she asked about my food safety level, i'm on level 2 only -> she said they'd want"
        " level 3 by christmas\n"
    )
    result = _read(cli, notes)
    assert len(result["concerns"]) == 1
    concern = result["concerns"][0]
    assert "level 2 only" in concern["text"]
    assert "they'd want level 3" not in concern["text"]
    assert concern["evidence"].endswith("level 3 by christmas")


def test_own_worries_praise_questions_and_facts_are_no_concern(cli: Callable[..., Any]) -> None:
    notes = (
        "bakery supervisor\n"
        "- i'm worried the pay is low (my worry, not theirs)\n"
        "- she said my piping was great\n"
        "- i asked about the training budget\n"
        "- they have 14 staff over 2 shops\n"
    )
    assert _concerns(_read(cli, notes)) == []
