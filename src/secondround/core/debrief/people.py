"""People named in the notes, and the part each plays: hiring manager, executive, HR, team...

A capitalised name counts only with a cue beside it: a role ("Sarah (hiring mgr)", "the CTO,
Raj", "Tom from HR") or words only a person goes with ("met Ana", "Raj said"). So "Monday", "AWS"
and "Leeds" are not people. A role must sit right next to its name, so in "Sarah (hiring mgr) and
Raj" the role is Sarah's alone; a role said before a list ("the team - Ana and Ben") is everyone's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from secondround.core.debrief.data import fold, people_cues
from secondround.core.debrief.notes import Person
from secondround.core.jobs.tools import find_ad_tools
from secondround.core.text.products import products
from secondround.core.text.words import word_list

# Roles in the order they win when one name has several cues.
_PRIORITY = ("line_manager", "current_holder", "hr", "senior_executive", "team_member")
_NAME_WORD = re.compile(r"(?<![\w'’@./#-])[A-Z][a-zA-Z'’-]*[a-z][a-zA-Z'’-]*(?![\w@])")
_LOWER_BEFORE_BRACKET = re.compile(r"(?<![\w'’@./#-])([a-z][a-z'’-]+)(?=\s*\()")
_COORDINATOR = re.compile(r"\s+and\s+|\s*[&;+/]\s*|\s*,\s*(?:and\s+)?")
_WINDOW = 60


@dataclass(frozen=True)
class _Mention:
    name: str
    role: str
    evidence_start: int
    evidence_end: int


def find_people(notes: str, listing: frozenset[int] = frozenset()) -> list[Person]:
    """Each person once, in order of first mention, with the clearest role the notes give.

    `listing` holds the numbers of lines that list people ("Interviewers: matron (Denise), Olu"),
    where every name is a person even without a cue.
    """
    people: list[Person] = []
    offset = 0
    for number, line in enumerate(notes.splitlines(keepends=True)):
        text = line.rstrip("\r\n")
        for mention in _mentions(text, fold(text), number in listing):
            _merge(people, mention, notes, offset)
        offset += len(line)
    return people


def _merge(people: list[Person], m: _Mention, notes: str, offset: int) -> None:
    start, end = offset + m.evidence_start, offset + m.evidence_end
    found = Person(m.name, m.role, notes[start:end], start, end)
    mine = m.name.lower().split()
    for index, person in enumerate(people):
        theirs = person.name.lower().split()
        shortest = min(len(mine), len(theirs))
        if mine[:shortest] != theirs[:shortest]:
            continue
        name = m.name if len(mine) > len(theirs) else person.name
        if person.role == "other" and m.role != "other":
            people[index] = Person(name, m.role, found.evidence, found.start, found.end)
        else:
            people[index] = Person(name, person.role, person.evidence, person.start, person.end)
        return
    people.append(found)


def _mentions(line: str, folded: str, listing: bool = False) -> list[_Mention]:
    cues = people_cues()
    names = _names(line)
    out: list[_Mention] = []
    previous_role: tuple[str, bool] | None = None
    taken = 0
    for i, (start, end, name) in enumerate(names):
        # Text up to the neighbouring names, at most a short window: a cue must be anchored next
        # to the name (see _role), so text between two names cannot serve the wrong one.
        lower = max(names[i - 1][1] if i else 0, start - _WINDOW)
        upper = min(names[i + 1][0] if i + 1 < len(names) else len(line), end + _WINDOW)
        before, after = folded[lower:start], folded[end:upper]
        role, cue_start, cue_end, from_before = _role(before, after, lower, end, taken)
        joined = i > 0 and _COORDINATOR.fullmatch(before) is not None
        if role is None and joined and previous_role and previous_role[1]:
            # "the team - Ana and Ben": a role said before a list belongs to everyone in it.
            role, from_before = previous_role[0], True
        person_like = listing or bool(cues.before.search(before) or cues.after.match(after))
        if role is None and (not person_like or _is_tool(name)):
            previous_role = None
            continue
        ev_start = min(start, cue_start) if role and cue_start is not None else start
        ev_end = max(end, cue_end) if role and cue_end is not None else end
        ev_end = _close_bracket(line, ev_start, ev_end)
        out.append(_Mention(name, role or "other", ev_start, ev_end))
        previous_role = (role, from_before) if role else None
        taken = ev_end
    return out


def _names(line: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each run of one to three capitalised words that may be a name."""
    skip = people_cues().not_names
    words: list[tuple[int, int]] = []
    for match in _NAME_WORD.finditer(line):
        # "Sarah's team": the name is Sarah; the possessive is a cue after it.
        end = match.end() - 2 if match.group()[-2:] in ("'s", "’s") else match.end()
        if line[match.start() : end].lower() not in skip:
            words.append((match.start(), end))
    runs: list[tuple[int, int, str]] = []
    for start, end in words:
        if runs and len(runs[-1][2].split()) < 3 and line[runs[-1][1] : start] == " ":
            first = runs[-1][0]
            runs[-1] = (first, end, line[first:end])
        else:
            runs.append((start, end, line[start:end]))
    for match in _LOWER_BEFORE_BRACKET.finditer(line):
        word = match.group(1)
        if word in skip or word in _stopwords():
            continue
        bracket = line[match.end() : match.end() + _WINDOW].split(")")[0]
        if any(p.match(fold(bracket)) for p in people_cues().roles_after.values()):
            runs.append((match.start(1), match.end(1), word.capitalize()))
    return sorted(runs)


def _role(
    before: str, after: str, before_start: int, after_start: int, taken: int
) -> tuple[str | None, int | None, int | None, bool]:
    """(role, cue start, cue end, whether the cue came before the name).

    A cue before the name must end at or after `taken`: a cue already read as the previous
    name's ("Sarah, hiring manager, Raj") is not the next name's too.
    """
    cues = people_cues()
    for role in _PRIORITY:
        found = cues.roles_after[role].match(after) if role in cues.roles_after else None
        if found and found.end("cue") > found.start("cue"):
            return role, after_start + found.start("cue"), after_start + found.end("cue"), False
        pattern = cues.roles_before.get(role)
        found = pattern.search(before) if pattern else None
        cue_start = before_start + found.start("cue") if found else -1
        if found and found.end("cue") > found.start("cue") and cue_start >= taken:
            return role, cue_start, before_start + found.end("cue"), True
    return None, None, None, False


def _close_bracket(line: str, start: int, end: int) -> int:
    span = line[start:end]
    if span.count("(") > span.count(")"):
        closing = line.find(")", end)
        if closing != -1 and closing - end < _WINDOW:
            return closing + 1
    return end


def _is_tool(name: str) -> bool:
    exact, folded, _ = products()
    return name in exact or name.lower() in folded or bool(find_ad_tools(name))


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(word_list("stopwords.txt"))
