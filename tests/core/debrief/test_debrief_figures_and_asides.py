"""Facts with numbers are kept; asides (a broken link, the parking, a joke) are no item at all."""

from __future__ import annotations

import pytest

from secondround.core.debrief import read_debrief


@pytest.mark.parametrize(
    "line",
    [
        "- returns rate is 11% now, they want it under 7",
        "- about 300 orders a day, peaks of 900 in nov",
        "- pipeline of ~40 deals, avg size 25k",
    ],
)
def test_a_figure_about_the_job_is_a_fact(line: str) -> None:
    found = read_debrief(line)
    assert [f.evidence for f in found.facts] == [line[2:]]
    assert found.topics == ()


@pytest.mark.parametrize(
    "line",
    [
        "- zoom link dropped twice lol",
        "- parking was a nightmare, took 25 min",
        "- went ok i think",
        "- the office dog barked the whole time",
    ],
)
def test_an_aside_gives_no_item(line: str) -> None:
    found = read_debrief(line)
    assert (found.concerns, found.promises, found.topics, found.facts) == ((), (), (), ())
    assert found.next_round is None


def test_a_promise_with_a_joke_in_it_is_still_a_promise() -> None:
    found = read_debrief("- i'll send my portfolio tonight lol")
    assert [p.text for p in found.promises] == ["send my portfolio tonight lol"]
