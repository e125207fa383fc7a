"""How the debrief is shown: each kind of finding in page order, its heading and what it is for.

One table for the web page, `secondround debrief` and the export's check of stored decisions.
"""

from __future__ import annotations

from typing import Final

HEADINGS: Final[dict[str, tuple[str, str]]] = {
    "concerns": (
        "Concerns they raised",
        "They will follow these up: each one becomes a question in your plan.",
    ),
    "promises": ("What you promised", "Send or prepare these before the next round."),
    "practice_points": (
        "What to practise",
        "Your own notes on how it went: each becomes a practice point in your plan.",
    ),
    "next_round": ("The next round", "What you were told about the next step."),
    "people": ("People named", "Add them to the people you will meet if they will be there."),
    "facts": ("What you learned", "Don't ask about these again; use them in your answers."),
    "topics": ("Topics discussed", "Expect them to pick these threads up again."),
}
