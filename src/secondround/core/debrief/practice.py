"""The candidate's own criticism of how it went ("rambled", "forgot the result"), to practise.

Each clause is cut into parts at arrows, dashes and commas ("dan asked about discounts - gave
the vague answer, no example"); the first fault in data/debrief/practice.yaml that a part matches
makes one practice point, with the part as its evidence; neighbouring parts with the same point
are one. A part no fault names may still read as self-criticism to the trained model
(core/debrief/part_model.py): it gets a practice point in its own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from secondround.core.debrief.clauses import Clause
from secondround.core.debrief.data import DebriefDataError, fold, load_yaml
from secondround.core.debrief.notes import PracticePoint
from secondround.core.debrief.part_model import judge
from secondround.core.text.prefilter import AnyOf

# Parts of a clause: arrows and dashes between words separate what was asked from how it went.
_PARTS = re.compile(r"\s*(?:->|=>|→|⇒|\s[-–—]\s|\s\+\s|\.\s|,\s|;\s)\s*")
_MAX_REST = 60
# A part that reports what someone else said or thought of the candidate.
_THEIR_VIEW = re.compile(
    r"^(?:(?:but|and|then|also)\s+)?(?:she|he|they|the (?:panel|interviewer|manager|recruiter)|"
    r"[a-z]+ from hr)\s+(?:said|says|thought|thinks|felt|feels|told me|mentioned|reckoned)\b"
)
# The practice point for a fault no cue names, read by the trained model from its wording.
_OWN_WORDS = "Rework this before round two and practise it out loud: {PART}"


@dataclass(frozen=True)
class _Fault:
    pattern: re.Pattern[str]
    practice: str


@lru_cache(maxsize=1)
def _any_fault() -> AnyOf:
    """Every fault's pattern, any of which may match a clause: one scan of the clause for the
    words the faults hold picks the few worth searching, since most clauses have none."""
    parts = (re.sub(r"\(\?P<\w+>", "(?:", f.pattern.pattern) for f in _faults())
    # Every fault starts a word, as searched here: after no word character.
    return AnyOf(re.compile(rf"(?<!\w)(?:{p})") for p in parts)


@lru_cache(maxsize=1)
def _faults() -> tuple[_Fault, ...]:
    name = "practice.yaml"
    data = load_yaml(name)
    entries = data.get("faults")
    if not isinstance(entries, list) or not entries:
        raise DebriefDataError(f"{name}: expected a list of faults.")
    out = []
    for entry in entries:
        try:
            pattern, practice = str(entry["pattern"]), str(entry["practice"])
            out.append(_Fault(re.compile(pattern), practice))
        except (KeyError, TypeError, re.error) as exc:
            raise DebriefDataError(f"{name}: each fault needs a pattern and a practice.") from exc
    return tuple(out)


def clause_parts(clause: Clause) -> list[tuple[int, int]]:
    """Spans (offsets in the notes) of the parts of a clause, cut at arrows, dashes and commas."""
    out: list[tuple[int, int]] = []
    cursor = 0
    text = clause.text
    for piece in [*_PARTS.finditer(text), None]:
        end = piece.start() if piece is not None else len(text)
        part = text[cursor:end].strip(" ,;:")
        if part:
            start = clause.start + text.index(part, cursor)
            out.append((start, start + len(part)))
        cursor = piece.end() if piece is not None else len(text)
    return out


def practice_points(clause: Clause, trained: bool = True) -> list[PracticePoint]:
    """One practice point per part of the clause that criticises how the candidate did: by the
    faults' cues, and, for a part no cue names, by the trained reading (`trained`)."""
    out: list[PracticePoint] = []
    ruled = _any_fault().search(fold(clause.text))
    if not ruled and not trained:
        return out
    joined = False
    for start, end in clause_parts(clause):
        part = clause.text[start - clause.start : end - clause.start]
        if _THEIR_VIEW.match(fold(part)):
            # "she said my answer was too long": their criticism (a concern), not the candidate's.
            joined = False
            continue
        point = _point(part) if ruled else None
        if point is None and trained and judge("self_criticism", part).found:
            point = _OWN_WORDS.replace("{PART}", part.strip(" .!?"))
        if point is not None and out and out[-1].text == point and joined:
            # "gave the vague answer, no example": one fault said twice is one point.
            last = out[-1]
            whole = clause.text[last.start - clause.start : end - clause.start]
            out[-1] = PracticePoint(point, whole, last.start, end)
        elif point is not None:
            out.append(PracticePoint(point, part, start, end))
        joined = point is not None
    return out


def _point(part: str) -> str | None:
    folded = fold(part)
    for fault in _faults():
        found = fault.pattern.search(folded)
        if found is None:
            continue
        groups = found.groupdict()
        rest = next((part[found.start(k) : found.end(k)] for k, v in groups.items() if v), "")
        rest = rest.strip(" .,!?:;")[:_MAX_REST].rstrip()
        if "{REST}" in fault.practice and not rest:
            continue
        return fault.practice.replace("{REST}", rest).replace("{PART}", part.strip(" .!?"))
    return None
