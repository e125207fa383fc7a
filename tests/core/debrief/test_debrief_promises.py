"""Things the candidate promised to send, do or think about."""

from __future__ import annotations

import pytest

from secondround.core.debrief import read_debrief
from tests.core.debrief.conftest import read_notes


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("- send my portfolio", "send my portfolio"),
        ("said I'd send references by Friday", "send references by Friday"),
        ("promised to think about the 90-day plan", "think about the 90-day plan"),
        ("TODO: email Priya the case study", "email Priya the case study"),
        ("I'll follow up w/ the deck tmrw", "follow up w/ the deck tmrw"),
        ("need to dig out my PRINCE2 cert", "dig out my PRINCE2 cert"),
    ],
)
def test_a_promise_is_found_and_said_plainly(line: str, text: str) -> None:
    promises = read_debrief(line).promises
    assert [p.text for p in promises] == [text]
    assert promises[0].evidence in line
    assert promises[0].evidence.endswith(text)


def test_a_todo_list_without_a_colon_is_a_list_of_promises() -> None:
    found = read_debrief(read_notes("nurse"))
    # "send NMC pin + 2 references" is two things to do (issue 10), so two to-dos.
    assert [p.text for p in found.promises] == [
        "send NMC pin",
        "send 2 references to Kim by Fri",
        "think about whether I want nights",
    ]


def test_a_label_covers_every_part_of_its_line() -> None:
    found = read_debrief(read_notes("accountant"))
    assert [p.text for p in found.promises] == [
        "read their annual report properly",
        "ask Grace re: study support for CIMA",
    ]


def test_what_they_will_send_is_not_my_promise() -> None:
    found = read_debrief("they'll send me the contract on Monday\nTom from HR will email the brief")
    assert found.promises == ()
