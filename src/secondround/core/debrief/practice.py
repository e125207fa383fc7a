"""The candidate's own criticism of how it went ("rambled", "forgot the result"), to practise.

Each clause is cut into parts at arrows, dashes and commas ("dan asked about discounts - gave
the vague answer, no example"); the first fault in data/debrief/practice.yaml that a part matches
makes one practice point, with the part as its evidence; neighbouring parts with the same point
are one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from secondround.core.debrief.clauses import Clause
from secondround.core.debrief.data import DebriefDataError, fold, load_yaml
from secondround.core.debrief.notes import PracticePoint

# Parts of a clause: arrows and dashes between words separate what was asked from how it went.
_PARTS = re.compile(r"\s*(?:->|=>|→|⇒|\s[-–—]\s|\s\+\s|\.\s|,\s|;\s)\s*")
_MAX_REST = 60


@dataclass(frozen=True)
class _Fault:
    pattern: re.Pattern[str]
    practice: str


@lru_cache(maxsize=1)
def _any_fault() -> re.Pattern[str]:
    """Every fault's pattern in one, searched once per clause: most clauses have none."""
    parts = (re.sub(r"\(\?P<\w+>", "(?:", f.pattern.pattern) for f in _faults())
    # Every fault starts a word: one look behind per place, not one per fault, keeps the search
    # of thirty-odd faults as quick as a few.
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in parts) + ")")


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


def practice_points(clause: Clause) -> list[PracticePoint]:
    """One practice point per part of the clause that criticises how the candidate did."""
    out: list[PracticePoint] = []
    if not _any_fault().search(fold(clause.text)):
        return out
    cursor = 0
    joined = False
    text = clause.text
    for piece in [*_PARTS.finditer(text), None]:
        end = piece.start() if piece is not None else len(text)
        part = text[cursor:end].strip(" ,;:")
        if part:
            start = clause.start + text.index(part, cursor)
            point = _point(part)
            if point is not None and out and out[-1].text == point and joined:
                # "gave the vague answer, no example": one fault said twice is one point.
                last = out[-1]
                whole = clause.text[last.start - clause.start : start - clause.start + len(part)]
                out[-1] = PracticePoint(point, whole, last.start, start + len(part))
            elif point is not None:
                out.append(PracticePoint(point, part, start, start + len(part)))
            joined = point is not None
        cursor = piece.end() if piece is not None else len(text)
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
