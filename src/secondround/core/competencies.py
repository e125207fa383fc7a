"""The sixteen competencies a second interview probes (DESIGN.md, D3).

Every part of the program names competencies by these snake_case keys, so the question bank, the
job reader, the story bank and the coach can be compared with each other.
"""

from __future__ import annotations

from typing import Final

COMPETENCIES: Final[dict[str, str]] = {
    "teamwork": "Teamwork",
    "leadership": "Leadership",
    "time_management": "Time management",
    "organisation": "Organisation",
    "conflict": "Conflict",
    "problem_solving": "Problem solving",
    "communication": "Communication",
    "adaptability": "Adaptability",
    "initiative": "Initiative",
    "customer_focus": "Customer focus",
    "failure_learning": "Failure and learning",
    "prioritisation": "Prioritisation",
    "influence": "Influence",
    "ethics": "Ethics",
    "working_under_pressure": "Working under pressure",
    "decision_making": "Decision making",
}


def competency_label(key: str) -> str:
    """The human label of a competency key, or the key made readable when it is not one of ours."""
    return COMPETENCIES.get(key, key.replace("_", " ").capitalize())


# Other ways people write a competency's name: "failure and learning", "pressure".
_ALIASES: Final[dict[str, str]] = {
    "failure_and_learning": "failure_learning",
    "learning_from_failure": "failure_learning",
    "pressure": "working_under_pressure",
    "under_pressure": "working_under_pressure",
    "organization": "organisation",
    "prioritization": "prioritisation",
    "customer_service": "customer_focus",
    "decisions": "decision_making",
}


def competency_key(name: str) -> str | None:
    """The key of a competency as a person may type it ("Time management", "time-management"),
    or None when it is not one of the sixteen."""
    key = "_".join(name.strip().lower().replace("-", " ").split())
    key = _ALIASES.get(key, key)
    return key if key in COMPETENCIES else None
