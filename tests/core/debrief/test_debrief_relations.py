"""Who is above whom, read from the notes' own statements (core/debrief/relations.py)."""

from __future__ import annotations

from secondround.core.debrief.notes import Person
from secondround.core.debrief.people_model import one_manager
from secondround.core.debrief.relations import ME, MY_MANAGER, POST, read_relations


def _people(*names: str) -> list[Person]:
    return [Person(name, "other", name, 0, len(name)) for name in names]


def test_a_relation_between_two_people_is_read() -> None:
    notes = "- Linda, who Nate reports to, said hi\n- Nate: I'd report to him\n"
    relations = read_relations(notes, _people("Linda", "Nate"))
    assert (0, 1) in relations.above
    assert (1, ME) in relations.above
    assert "rel:above my manager" in relations.standing(0)
    assert "rel:above me" in relations.standing(1)


def test_a_pronoun_is_the_person_named_last_and_not_the_other_party() -> None:
    notes = "met Dan Roper and Fi Marchetti, Fi's above him\n"
    relations = read_relations(notes, _people("Dan Roper", "Fi Marchetti"))
    start, end = relations.above[(1, 0)]
    assert notes[start:end] == "Fi's above him"


def test_the_boss_of_my_boss_and_a_post_reporting_to_someone() -> None:
    notes = "- Rosa (boss of my boss)\n- Amir, the GM reports straight to him\n"
    relations = read_relations(notes, _people("Rosa", "Amir"))
    assert (0, MY_MANAGER) in relations.above
    assert (1, POST) in relations.above
    assert "rel:above a post" in relations.standing(1)


def test_not_my_boss_says_no_one_is_above_me() -> None:
    notes = "- Tavi, he's not my boss, he runs the other shift\n"
    relations = read_relations(notes, _people("Tavi"))
    assert relations.managers_of(ME) == set()


def test_a_manager_the_model_read_yields_to_one_a_cue_said() -> None:
    scored = [
        {"line_manager": 0.9, "senior_executive": 0.1, "team_member": 0.1, "other": 0.1},
        {"line_manager": 0.6, "senior_executive": 0.5, "team_member": 0.1, "other": 0.1},
    ]
    roles = ["line_manager", "line_manager"]
    full = [{**s, "current_holder": 0.0, "hr": 0.0} for s in scored]
    assert one_manager(roles, full, ["line_manager", "other"]) == [
        "line_manager",
        "senior_executive",
    ]
    # Two managers the cues said both stay.
    assert one_manager(roles, full, ["line_manager", "line_manager"]) == roles
