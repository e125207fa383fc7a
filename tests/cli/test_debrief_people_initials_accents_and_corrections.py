"""`secondround debrief --json` reads a name with an initial ("Mr O. Lindqvist", "DS J. Bolton"),
an accented name typed in lower case ("w/ sebastián"), a name after a title's full stop ("Mrs.
Precious Ndlovu"), a name after a word of rank ("Deputy Head Tom Lee") and a name with "-san"
after it as one person each; a name the writer corrects at once ("Alba Ruiz? no, Alba Reid"), a
title alone and a nationality or language are no one."""

from __future__ import annotations

from collections.abc import Callable

NOTES = (
    "Deputy Head of Sixth Form - Hollin Vale School\n"
    "- Panel: Mr O. Lindqvist (Headteacher), Mrs P. Chandra (deputy, would be my LM)\n"
    "- also DS J. Bolton (safeguarding lead) sat in\n"
    "- next = pair programming w/ sebastián, 1hr\n"
    "- then Mrs. Precious Ndlovu (care manager) joined\n"
    "- Deputy Head Tom Lee said hello\n"
    "- Kenji-san will be my direct boss in the kitchen\n"
)


def test_initials_accents_titles_and_honorifics_stay_one_name(
    debrief_roles: Callable[[str], dict[str, str]],
) -> None:
    people = debrief_roles(NOTES)
    assert set(people) == {
        "Mr O. Lindqvist",
        "Mrs P. Chandra",
        "J. Bolton",
        "Sebastián",
        "Mrs. Precious Ndlovu",
        "Tom Lee",
        "Kenji",
    }
    assert people["Mrs P. Chandra"] == "line_manager"
    assert people["Kenji"] == "line_manager"


def test_a_name_corrected_at_once_is_no_one(
    debrief_roles: Callable[[str], dict[str, str]],
) -> None:
    notes = "Events Sales Manager - Loch Carran\n- met Alba Ruiz? no, Alba Reid, she'd be my boss\n"
    assert debrief_roles(notes) == {"Alba Reid": "line_manager"}


def test_a_nationality_a_language_or_a_title_alone_is_no_one(
    debrief_roles: Callable[[str], dict[str, str]],
) -> None:
    notes = (
        "Claims Handler - Anchorline\n"
        "- met Tiago (claims handler, also Brazilian!! we laughed)\n"
        "- I speak Bengali and Sylheti, she said this is useful\n"
        "- Miss that bit out next time\n"
    )
    assert set(debrief_roles(notes)) == {"Tiago"}
