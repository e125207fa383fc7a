"""The candidate's own criticism of how it went becomes a practice point, one per fault."""

from __future__ import annotations

import pytest

from secondround.core.debrief import read_debrief


@pytest.mark.parametrize(
    ("line", "fault", "practice"),
    [
        (
            "- rambled on the stakeholder one",
            "rambled on the stakeholder one",
            "Keep answers short",
        ),
        ("- told the outage story but forgot the result", "", "End every story with what happened"),
        ("- forgot to ask abt the training budget, argh", "", "training budget"),
        ("- i said 'we' the whole time", "", "“I”"),
        ("- ran out of time on the written task", "", "Practise to time"),
        ("- my example was weak, all about my old boss", "", "specific, real example"),
    ],
)
def test_a_fault_gives_a_practice_point_with_its_words_as_evidence(
    line: str, fault: str, practice: str
) -> None:
    points = read_debrief(line).practice_points
    assert len(points) == 1
    assert practice in points[0].text
    assert line[points[0].start : points[0].end] == points[0].evidence
    if fault:
        assert points[0].evidence == fault


def test_two_faults_in_one_line_are_two_practice_points() -> None:
    line = "- she asked about a missed deadline -> gave a vague answer - rambled"
    points = read_debrief(line).practice_points
    assert [p.evidence for p in points] == ["gave a vague answer", "rambled"]


def test_what_they_said_or_the_job_is_not_self_criticism() -> None:
    notes = "- team of 8, churn 12%\n- she asked how i'd run the rota\n- i'll send my portfolio"
    assert read_debrief(notes).practice_points == ()
