"""The interviewer roles: who a person you will meet is, and who tends to ask a question.

One table for the whole program: the question bank's `asked_by`, the questions to ask, the debrief
reader's people, the Person model's choices and every page and command read their keys and labels
from here.
"""

from __future__ import annotations

from typing import Final

ROLES: Final[dict[str, str]] = {
    "line_manager": "Line manager",
    "senior_executive": "Senior executive",
    "team_member": "Team member",
    "current_holder": "Current role holder",
    "hr": "HR",
    "other": "Other",
}
# Those the question banks name as asking (or being asked) a question: all but "other".
ASKING_ROLES: Final[tuple[str, ...]] = tuple(key for key in ROLES if key != "other")


def role_label(key: str) -> str:
    """The label of a role key ("HR", "Line manager"), or the key made readable."""
    return ROLES.get(key, key.replace("_", " ").capitalize())


def role_in_sentence(key: str) -> str:
    """The role as it reads mid-sentence: "line manager", "HR" (never "hr")."""
    label = role_label(key)
    return label if label.isupper() else label[:1].lower() + label[1:]


def role_keys_help() -> str:
    """The keys a command-line option takes: "line_manager, senior_executive, … or other"."""
    keys = list(ROLES)
    return f"{', '.join(keys[:-1])} or {keys[-1]}"
