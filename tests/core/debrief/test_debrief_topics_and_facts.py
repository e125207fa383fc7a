"""Topics discussed, and facts learned about the job (not to be asked again)."""

from __future__ import annotations

import pytest

from secondround.core.debrief import FACT_CATEGORIES, read_debrief
from tests.core.debrief.conftest import read_notes


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("we talked about the migration to AWS", "migration to AWS"),
        ("discussed the reorg", "reorg"),
        ("- roadmap for 2027", "roadmap for 2027"),
        (
            "Q: tell me about a time you failed -> the launch story",
            "tell me about a time you failed",
        ),
        ("spent ages on their data platform", "data platform"),
    ],
)
def test_a_subject_that_came_up_is_a_topic(line: str, topic: str) -> None:
    found = read_debrief(line)
    assert [t.text for t in found.topics] == [topic]
    assert found.concerns == () and found.promises == ()


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("team of 6, reports to Head of Data", "team"),
        ("3 days in office", "logistics"),
        ("they use Jira", "tools"),
        ("on-call one week in six", "process"),
        ("salary band 50-55k + 10% bonus", "pay"),
        ("culture is pretty flat, lots of autonomy", "culture"),
        ("day to day I'd own the supplier reporting", "responsibilities"),
        ("fully remote but quarterly offsites in Bristol", "logistics"),
    ],
)
def test_a_fact_about_the_job_has_its_category(line: str, category: str) -> None:
    facts = read_debrief(f"- {line}").facts
    assert [(f.text, f.category) for f in facts] == [(line, category)]


def test_a_reported_fact_drops_who_said_it() -> None:
    fact = read_debrief("Raj mentioned they use Jira + Confluence").facts[0]
    assert fact.text == "they use Jira + Confluence"
    assert fact.evidence == "Raj mentioned they use Jira + Confluence"


def test_a_topic_that_states_a_fact_gives_both() -> None:
    found = read_debrief("we discussed pay: 55-60k plus pension")
    assert [t.text for t in found.topics] == ["pay: 55-60k plus pension"]
    assert [f.category for f in found.facts] == ["pay"]


def test_real_looking_notes_give_their_facts(any_notes: str) -> None:
    for fact in read_debrief(any_notes).facts:
        assert fact.category in FACT_CATEGORIES
        assert any_notes[fact.start : fact.end] == fact.evidence


def test_the_nurses_notes() -> None:
    facts = {f.evidence: f.category for f in read_debrief(read_notes("nurse")).facts}
    assert facts["28 bed ward, ratio 1:7 on days"] == "team"
    assert facts["long days 7.30-20.00, self rostering"] == "process"
    assert facts["they use EPR (Cerner) since last yr"] == "tools"


def test_moods_and_meta_lines_are_not_topics() -> None:
    found = read_debrief("Round 1 - 45 mins\nwent ok i think\nVery friendly\nnice office")
    assert found.topics == () and found.facts == ()


def test_a_short_label_names_its_kind_and_a_list_of_tools_is_a_fact() -> None:
    facts = {f.evidence: f.category for f in read_debrief(read_notes("product_designer")).facts}
    assert facts["4 designers, 1 researcher"] == "team"
    assert facts["Figma, Notion, weekly crits"] == "tools"
    assert facts["Remote first, offsite every quarter"] == "logistics"
