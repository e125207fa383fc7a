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
