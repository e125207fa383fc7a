"""Mentions of one person merge into one ("Sarah", then "Sarah Lloyd"): the same result as
comparing each mention with everyone found so far, in time that grows with the notes."""

from __future__ import annotations

import random

from secondround.core.debrief.notes import Person
from secondround.core.debrief.people import _Mention, _People, find_people


def reference(mentions: list[_Mention]) -> list[Person]:
    """The merge as first written: each mention compared with every person found so far."""
    people: list[Person] = []
    for m in mentions:
        found = Person(m.name, m.role, "", 0, 0)
        mine = m.name.lower().split()
        for index, person in enumerate(people):
            theirs = person.name.lower().split()
            shortest = min(len(mine), len(theirs))
            if mine[:shortest] != theirs[:shortest]:
                continue
            name = m.name if len(mine) > len(theirs) else person.name
            role = m.role if person.role == "other" and m.role != "other" else person.role
            people[index] = Person(name, role, "", 0, 0)
            break
        else:
            people.append(found)
    return people


FIRST = ["Sarah", "Raj", "Ana", "Tom"]
FAMILY = ["Lloyd", "Obi", "Shah"]
ROLES = ["other", "other", "line_manager", "hr", "team_member"]


def merged(mentions: list[_Mention]) -> list[tuple[str, str]]:
    people = _People()
    for mention in mentions:
        people.merge(mention, "", 0)
    return [(p.name, p.role) for p in people.found]


def test_random_mentions_merge_as_comparing_with_everyone_did() -> None:
    rng = random.Random(12)
    for _ in range(400):
        mentions = []
        for _ in range(rng.randint(1, 15)):
            words = [rng.choice(FIRST), *rng.sample(FAMILY, rng.randint(0, 2))]
            mentions.append(_Mention(" ".join(words), rng.choice(ROLES), 0, 0))
        expected = [(p.name, p.role) for p in reference(mentions)]
        assert merged(mentions) == expected, mentions


def test_a_short_name_then_a_full_one_is_one_person_with_the_full_name() -> None:
    notes = "- met Sarah briefly\n- Sarah Lloyd (hiring mgr) asked about budgets\n- Sarah said hi"
    assert [(p.name, p.role) for p in find_people(notes)] == [("Sarah Lloyd", "line_manager")]


def test_two_people_sharing_a_first_name_stay_two() -> None:
    notes = "- Sarah Lloyd (hiring mgr) asked about budgets\n- Sarah Obi from HR will call"
    assert [(p.name, p.role) for p in find_people(notes)] == [
        ("Sarah Lloyd", "line_manager"),
        ("Sarah Obi", "hr"),
    ]
