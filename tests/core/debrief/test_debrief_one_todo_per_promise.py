"""Two things promised in one line are two to-dos, each with its own words of the notes."""

from __future__ import annotations

import pytest

from secondround.core.debrief import read_debrief


@pytest.mark.parametrize(
    ("line", "todos"),
    [
        (
            "- said i'd send my portfolio + check my references are ok to contact",
            ["send my portfolio", "check my references are ok to contact"],
        ),
        (
            "- promised to email the pitch deck and the pricing sheet",
            ["email the pitch deck", "email the pricing sheet"],
        ),
        (
            "- i'll send my DBS number, and think about whether i'd do weekends",
            ["send my DBS number", "think about whether i'd do weekends"],
        ),
        (
            "- need to send: my CSCS card + 3 refs",
            ["send my CSCS card", "send 3 refs"],
        ),
    ],
)
def test_each_thing_promised_is_its_own_todo(line: str, todos: list[str]) -> None:
    promises = read_debrief(line).promises
    assert [p.text for p in promises] == todos
    for promise in promises:
        assert line[promise.start : promise.end] == promise.evidence


@pytest.mark.parametrize(
    "line",
    [
        "- promised to send the sales and marketing plan",
        "- i'll send the report (costs + timings) tomorrow",
    ],
)
def test_and_or_plus_inside_one_thing_does_not_split_it(line: str) -> None:
    assert len(read_debrief(line).promises) == 1
