"""People named in the notes, each once, with the part they play; no false people."""

from __future__ import annotations

import pytest

from secondround.core.debrief import ROLES, read_debrief
from tests.core.debrief.conftest import read_notes


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Sarah (hiring manager) was great", [("Sarah", "line_manager")]),
        ("met the CTO, Raj, briefly", [("Raj", "senior_executive")]),
        ("Tom from HR will call", [("Tom", "hr")]),
        ("will meet the team - Ana and Ben", [("Ana", "team_member"), ("Ben", "team_member")]),
        ("Dev currently does the job", [("Dev", "current_holder")]),
        ("the person leaving the role, Kemi, will do a handover", [("Kemi", "current_holder")]),
        (
            "met Sarah (hiring mgr) and Raj the CTO",
            [("Sarah", "line_manager"), ("Raj", "senior_executive")],
        ),
        (
            "Sarah, hiring manager, Raj, CTO",
            [("Sarah", "line_manager"), ("Raj", "senior_executive")],
        ),
        ("met priya (hiring mgr) + tom (recruiter)", [("Priya", "line_manager"), ("Tom", "hr")]),
        ("would report to Grace Obi", [("Grace Obi", "line_manager")]),
        ("chatted with Lena about the roadmap", [("Lena", "other")]),
    ],
)
def test_a_named_person_gets_their_role(line: str, people: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in read_debrief(line).people] == people


@pytest.mark.parametrize(
    "line",
    [
        "2nd round next Monday w/ the VP",
        "talked about the migration to AWS and GCP",
        "we use Jira and Salesforce with Slack",
        "Leeds office is nice; met in London on Tues",
        "Great chat. Next steps: Final round in March",
        "Asked about Python and Kubernetes",
    ],
)
def test_capitalised_words_are_not_people(line: str) -> None:
    assert read_debrief(line).people == ()


def test_the_same_person_twice_is_one_person_with_the_clearer_role() -> None:
    notes = (
        "email Priya the deck\nPriya Shah (hiring manager) asked about budgets\nPriya said 6 ppl"
    )
    people = read_debrief(notes).people
    assert [(p.name, p.role) for p in people] == [("Priya Shah", "line_manager")]
    assert people[0].evidence == "Priya Shah (hiring manager)"


def test_every_person_has_a_role_and_exact_evidence(any_notes: str) -> None:
    for person in read_debrief(any_notes).people:
        assert person.role in ROLES
        assert any_notes[person.start : person.end] == person.evidence
        assert person.name.lower() in person.evidence.lower()


def test_the_people_of_real_looking_notes() -> None:
    people = [(p.name, p.role) for p in read_debrief(read_notes("store_manager")).people]
    assert people == [
        ("Sarah Lloyd", "line_manager"),
        ("Mark Evans", "senior_executive"),
        ("Tom", "hr"),
    ]
    people = [(p.name, p.role) for p in read_debrief(read_notes("software_engineer")).people]
    assert people == [("Raj", "line_manager"), ("Ana", "team_member"), ("Dana", "senior_executive")]


def test_a_role_in_brackets_after_a_title_counts() -> None:
    people = {p.name: p.role for p in read_debrief(read_notes("product_designer")).people}
    assert people == {"Maya": "line_manager", "Luis": "team_member", "Priyanka": "senior_executive"}


def test_every_name_on_a_list_of_interviewers_is_a_person() -> None:
    people = [(p.name, p.role) for p in read_debrief(read_notes("ward_sister")).people]
    assert people == [("Denise", "senior_executive"), ("Olu", "other")]
