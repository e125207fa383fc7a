"""Headings: how the debrief is shown, and the headings of the notes themselves.

`HEADINGS` is each kind of finding in page order, its heading and what it is for: one table for
the web page, `secondround debrief` and the export's check of stored decisions. `line_sections`
reads the candidate's own headings ("OWE", "To do", "Next (mine)", "WOBBLES") and says which kind
each line of the notes sits under, so a line under "Owe" is a to-do even with no verb in it.
"""

from __future__ import annotations

import re
from typing import Final

from secondround.core.debrief.data import cues, fold

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


# The notes' own headings: what the lines under "OWE", "Next (mine)", "## To do" or "Follow-ups I
# owe" are. A bullet, markdown marks and an emoji may open the heading; a colon may end it.
_OPENS = re.compile(r"^\s*(?:[-*•·–—>+~#]+|\d{1,2}[.)])?\s*(?:[^\w\s(]+\s*)?")
_MARKS = re.compile(r"^[*_\s]+|[*_\s:：]+$")
# "(mine)", "(me)", "(my side)": the candidate's own list; "(theirs)": the employer's.
_QUALIFIER = re.compile(r"\s*[(\[]\s*(mine|me|my side|for me|theirs|them|their side)\s*[)\]]\s*$")
_HEADING_WORDS = 6
# No heading of six words is this long: a longer line is read no further.
_HEADING_CHARS = 80
_BARE_WORDS = 3


def heading_kind(line: str) -> tuple[bool, str | None]:
    """(whether a line of the notes is a heading, the kind of finding it names or None):
    "OWE", "Owe:", "To do", "Follow-ups I owe", "Next (mine)" name promises."""
    if len(line) > _HEADING_CHARS:
        return False, None
    body = _MARKS.sub("", _OPENS.sub("", line, count=1))
    if not body or len(body.split()) > _HEADING_WORDS:
        return False, None
    stripped = line.strip()
    marked = stripped.endswith((":", "：")) or stripped.startswith("#") or "**" in stripped
    shouted = body.isupper() and len(body) > 1
    if not (marked or shouted) and len(body.split()) > _BARE_WORDS:
        # "send my cv tonight": four words or more, neither marked nor in capitals.
        return False, None
    qualifier = _QUALIFIER.search(body)
    name = fold(body[: qualifier.start()] if qualifier else body).strip()
    kind = named = _named(name)
    if qualifier:
        mine = qualifier.group(1) in ("mine", "me", "my side", "for me")
        if mine and kind in ("next_round", "promises", None) and name:
            # "Next (mine)", "Actions (me)": what the candidate is to do next.
            kind = "promises"
        elif not mine and kind == "promises":
            # "Follow-ups (theirs)": what they will send is no promise.
            kind = None
    if marked or shouted:
        return True, kind
    return (named or kind) is not None, kind


def _named(name: str) -> str | None:
    for kind, pattern in cues().headings.items():
        if pattern.fullmatch(name):
            return kind
    return None


def line_sections(notes: str) -> list[str | None]:
    """For each line of the notes (as `str.splitlines` cuts them), the kind the heading above
    it names, or None: a heading's list runs to the next heading, or to a paragraph after a
    blank line that no bullet or indent keeps in the list."""
    out: list[str | None] = []
    section: str | None = None
    after_blank = False
    for line in notes.splitlines():
        if not line.strip():
            after_blank = True
            out.append(None)
            continue
        listed = line[:1].isspace() or _BULLET.match(line) is not None
        if after_blank and not listed:
            section = None
        after_blank = False
        is_heading, kind = heading_kind(line)
        if is_heading:
            section = kind
            out.append(None)
            continue
        out.append(section)
    return out


_BULLET = re.compile(r"^\s*(?:[-*•·–—>+~]|\d{1,2}[.)]|\[[ xX✓]?\])\s*\S")
