"""`secondround debrief --json` finds people by the shape of their names and the words around
them: titles that open a name ("Cllr", "Revd", "Mr"), a name with "she is..." after it, "site mgr
= rory"; and finds no person in the heading's employer and job, a sentence's first word or a
job's title typed in lower case."""

from __future__ import annotations

from collections.abc import Callable

NOTES = (
    "Quarry Lane Foods — Shift Planner\n"
    "- Saw Declan (planning manager, my boss) in the main office\n"
    "- cllr okonjo popped in, chair of the site committee\n"
    "- Revd Ann Tiller (chaplain) said hello\n"
    "- then the general manager, Mr Fenwick, joined for ten mins\n"
    "- Also Tamsin, she is the planner on nights\n"
    "- site mgr = rory\n"
    "- the head sommelier at the canteen waved lol\n"
)


def test_people_are_found_by_their_titles_and_the_words_beside_them(
    debrief_roles: Callable[[str], dict[str, str]],
) -> None:
    people = debrief_roles(NOTES)
    assert set(people) == {
        "Declan",
        "Cllr Okonjo",
        "Revd Ann Tiller",
        "Mr Fenwick",
        "Tamsin",
        "Rory",
    }
    assert people["Declan"] == "line_manager"
    assert people["Rory"] == "line_manager"
    assert people["Mr Fenwick"] == "senior_executive"


def test_the_headings_employer_and_a_lower_case_job_title_are_no_people(
    debrief_roles: Callable[[str], dict[str, str]],
) -> None:
    people = debrief_roles("Harrowgate Pryce — EA to the CEO. Round 1 with the Chief of Staff.\n")
    assert people == {}
    assert debrief_roles("- the head sommelier at the canteen waved lol\n") == {}


def test_a_heading_that_names_a_person_keeps_them(
    debrief_roles: Callable[[str], dict[str, str]],
) -> None:
    people = debrief_roles("Wendy Rusk — hiring manager, would be my boss\n- asked about rotas\n")
    assert people == {"Wendy Rusk": "line_manager"}


def test_a_name_after_a_job_and_a_comma_is_a_person(
    debrief_roles: Callable[[str], dict[str, str]],
) -> None:
    notes = "- The previous planner, Gwen, left in March\n- 2 dispensers: Kerry and Abdul\n"
    people = debrief_roles(notes)
    assert set(people) == {"Gwen", "Kerry", "Abdul"}
    assert people["Gwen"] == "other"
