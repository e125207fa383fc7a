"""`secondround debrief --json` reads each person's part in the hiring from how the notes put
it: "would be my mgr", "i'd report to", "runs the team", "sat in from hr", "currently doing the
role"."""

from __future__ import annotations

from collections.abc import Callable

NOTES = (
    "round 1 at the depot\n"
    "- met farah (would be my mgr) + the ops director, cliff\n"
    "- i'd report to dana, who runs the night team\n"
    "- joe runs the team i'd join, very hands on\n"
    "- tom sat in from hr, didn't say much\n"
    "- bella is currently doing the role, moving to the leeds site\n"
    "- wren (same shift, sat in) showed me the scanners\n"
)


def test_each_person_gets_the_role_the_notes_give(
    debrief_roles: Callable[[str], dict[str, str]],
) -> None:
    assert debrief_roles(NOTES) == {
        "Farah": "line_manager",
        "Cliff": "senior_executive",
        "Dana": "line_manager",
        "Joe": "line_manager",
        "Tom": "hr",
        "Bella": "current_holder",
        "Wren": "team_member",
    }


def test_would_be_my_manager_is_never_read_as_an_executive(
    debrief_roles: Callable[[str], dict[str, str]],
) -> None:
    notes = "- interview w/ the head of ops, priya (would be my mgr)\n"
    assert debrief_roles(notes) == {"Priya": "line_manager"}
