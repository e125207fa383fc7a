"""One concern per doubt: the sentences of one line that each read as a concern are one doubt.

A doubt told over several sentences ("Ray pushed hard on the budget. Asked what I'd cut. I said
I'd keep everything running. He asked again. He thinks I can't make the hard calls") reads as a
concern in more than one sentence; the notes hold one worry, so the reader gives one concern
spanning them all, worded as the doubt. Across a line break it is usually a new doubt (a new
bullet, a new paragraph), and so is a sentence that opens a new point ("she also asked about
hiring at this pace ..."), or one with a promise of the candidate's between them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from secondround.core.debrief.classify import concern_competency, worry_of
from secondround.core.debrief.clauses import split_clauses
from secondround.core.debrief.data import fold
from secondround.core.debrief.notes import Concern, Item

# A sentence that opens a point of its own: "she also asked ...", "another thing", "then ...".
_NEW_POINT = re.compile(
    r"^(?:[\w.'-]+\s+){0,2}?(?:also|another|other)\b|^(?:and |but )?(?:then|next|later)\b"
)


def one_per_doubt(
    notes: str, concerns: Sequence[Concern], promises: Sequence[Item]
) -> list[Concern]:
    """The concerns, with each run of them on one line joined into one concern."""
    out: list[Concern] = []
    for concern in concerns:
        before = out[-1] if out else None
        if before is not None and _same_doubt(notes, before, concern, promises):
            words = notes[before.start : concern.end]
            out[-1] = Concern(
                # Each sentence after the first is a part, as if typed after an arrow: the
                # candidate's reading at the end ("i think he worries i can't ...") words it.
                worry_of(" -> ".join([before.text, *_sentences(concern.evidence)])),
                words,
                before.start,
                concern.end,
                competency=concern_competency(words),
            )
        else:
            out.append(concern)
    return out


def _same_doubt(notes: str, before: Concern, concern: Concern, promises: Sequence[Item]) -> bool:
    return (
        before.end <= concern.start
        and "\n" not in notes[before.end : concern.start]
        and not _NEW_POINT.match(fold(concern.evidence).strip())
        and not any(before.end <= p.start < concern.start for p in promises)
    )


def _sentences(evidence: str) -> list[str]:
    return [c.text for c in split_clauses(evidence)] or [evidence]
