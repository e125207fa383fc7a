"""Names typed in lower case are found by where they sit, with the role their description gives."""

from __future__ import annotations

import pytest

from secondround.core.debrief import read_debrief


def people(notes: str) -> list[tuple[str, str]]:
    return [(p.name, p.role) for p in read_debrief(notes).people]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("video call w/ oksana (would be my mgr)", [("Oksana", "line_manager")]),
        ("- bogdan from finance joined late", [("Bogdan", "other")]),
        ("panel: head of ops (tariq?) + a recruiter", [("Tariq", "senior_executive")]),
        ("- ifeoma (head of science - my line mgr if i get it)", [("Ifeoma", "line_manager")]),
        ("- the finance director, gunnar, asked about audits", [("Gunnar", "senior_executive")]),
        ("- zofia who's leaving the role in may did the tour", [("Zofia", "current_holder")]),
        ("- hamid = senior analyst, same team", [("Hamid", "team_member")]),
        ("- mrs adebayo (deputy head) sat in", [("Mrs Adebayo", "senior_executive")]),
        ("- met tobiah + ksenia briefly", [("Tobiah", "other"), ("Ksenia", "other")]),
        ("- HR person wioletta sent the forms", [("Wioletta", "hr")]),
        (
            "- rhiannon kowalczyk (ops mgr, runs the depot)",
            [("Rhiannon Kowalczyk", "line_manager")],
        ),
    ],
)
def test_a_lower_case_name_beside_a_person_cue_is_a_person(
    line: str, expected: list[tuple[str, str]]
) -> None:
    assert people(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "- churn was 14% last yr, want it under 9",
        "- they use gainsight + salesforce daily",
        "- drove in from the depot (took ages)",
        "- mgrs (3) all started this yr",
        "- she'd like someone by june",
        "- asked about weekends, nights and the rota",
    ],
)
def test_ordinary_words_in_lower_case_are_not_people(line: str) -> None:
    assert people(line) == []


def test_a_later_mention_without_the_title_is_the_same_person() -> None:
    notes = "- dr. halvorsen (lab manager, would be my manager)\n- halvorsen asked about assays"
    assert people(notes) == [("Dr. Halvorsen", "line_manager")]


def test_a_paste_naming_hundreds_of_people_lists_the_first_hundred() -> None:
    syllables = ["ka", "zo", "ri", "mu", "te", "vo", "ni", "sa", "qe", "lu", "bo", "xi", "fe"]
    names = [f"{a}{b}{c}" for a in syllables for b in syllables for c in syllables[:2]][:150]
    notes = "\n".join(f"- w/ {name} (mgr)" for name in names)
    people = read_debrief(notes).people
    assert [p.name for p in people] == [n.capitalize() for n in names[:100]]
