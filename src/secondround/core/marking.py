"""How a friend marks an answer in a dry run: the rubric on the script page and in its PDF.

The marks it names are the ones the friend's form records (STAR parts, a concrete result,
hedging, time taken, an overall 1–5), so the printed and the on-screen script say the same.
"""

from __future__ import annotations

from typing import Final

# (what to listen for, how to judge it), in the order of the friend's form.
FRIEND_RUBRIC: Final[tuple[tuple[str, str], ...]] = (
    (
        "STAR parts heard.",
        "Situation (where and when), Task (what they had to do), Action (what they did "
        "themselves), Result (what changed, ideally a number). Tick each part you heard.",
    ),
    (
        "A concrete result?",
        "A number, a date, a before-and-after. “It went well” does not count.",
    ),
    ("Hedging.", "“I guess”, “sort of”, “maybe”, apologies: none, some or a lot."),
    (
        "Time taken.",
        "About 1–2 minutes is right for a story; under 45 seconds is thin, over 3 minutes rambles.",
    ),
    (
        "Overall, 1–5.",
        "Would this answer make you want to hire them? Note one thing that would make it better.",
    ),
)
