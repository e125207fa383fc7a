"""`line_sections` says which kind of finding each line of the notes sits under, by the
candidate's own headings: "OWE", "To do:", "## Follow-ups I owe", "Next (mine)"."""

from __future__ import annotations

import pytest

from secondround.core.debrief.headings import heading_kind, line_sections


@pytest.mark.parametrize(
    "line",
    ["OWE", "Owe:", "To do", "## Follow-ups I owe", "Next (mine)", "• will do:", "**Actions**"],
)
def test_it_reads_the_candidates_own_to_do_headings(line: str) -> None:
    assert heading_kind(line) == (True, "promises")


@pytest.mark.parametrize("line", ["Next steps", "NEXT"])
def test_next_steps_are_the_employers(line: str) -> None:
    assert heading_kind(line) == (True, "next_round")


def test_theirs_is_no_list_of_promises() -> None:
    assert heading_kind("Follow-ups (theirs)") == (True, None)


@pytest.mark.parametrize("line", ["- portfolio link", "send my cv tonight to Dana and Ric"])
def test_an_ordinary_line_is_no_heading(line: str) -> None:
    assert heading_kind(line)[0] is False


def test_a_heading_runs_to_the_next_heading_or_an_unbulleted_paragraph() -> None:
    notes = (
        "barista, 2nd cafe\n"
        "OWE\n"
        "- portfolio link\n"
        "\n"
        "- refs x2\n"
        "PAY\n"
        "- 12.50/h\n"
        "\n"
        "went fine i think\n"
    )
    assert line_sections(notes) == [
        None,
        None,
        "promises",
        None,
        "promises",
        None,
        "facts",
        None,
        None,
    ]
