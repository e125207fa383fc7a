"""`read_debrief`: what the notes of an earlier round say, item by item, with evidence."""

from __future__ import annotations

import re

from secondround.core.debrief.classify import classify
from secondround.core.debrief.clauses import Clause, split_clauses
from secondround.core.debrief.notes import Concern, Debrief, Fact, Item, Person, PracticePoint
from secondround.core.debrief.people import find_people
from secondround.core.debrief.practice import practice_points
from secondround.core.debrief.promises import split_promise, todo_of
from secondround.core.limits import MAX_TEXT_CHARS

# Notes longer than this are not notes of an interview; the rest is not read.
MAX_CHARS = MAX_TEXT_CHARS
# A next-step clause this strong ("2nd round", "decision by Friday") is clear on its own.
_CLEAR_STEP = 3.0


def read_debrief(text: str) -> Debrief:
    """Concerns, promises, topics, facts, people, the next step and practice points in notes.

    Every item carries the exact span of the notes it comes from. Empty or wordless notes give an
    empty debrief; only the first 100,000 characters are read. Never raises on odd input.
    """
    notes = text[:MAX_CHARS]
    concerns: list[Concern] = []
    promises: list[Item] = []
    topics: list[Item] = []
    facts: list[Fact] = []
    steps: list[tuple[float, Clause, str]] = []
    practice: list[PracticePoint] = []
    clauses = split_clauses(notes)
    listing = frozenset(c.line for c in clauses if "people" in (c.heading, c.label))
    people = find_people(notes, listing)
    for clause in clauses:
        reading = classify(clause)
        points = practice_points(clause)
        practice.extend(points)
        if points and reading.kind in ("topics", "facts"):
            # "forgot to ask abt the training course": how it went, not a subject or a fact.
            continue
        if reading.kind == "topics" and reading.score < 2 and _names_someone(clause, people):
            # "CFO is Peter Lind": a line about a person, already among the people.
            continue
        where = (clause.text, clause.start, clause.end)
        if reading.kind == "concerns":
            concerns.append(Concern(reading.text, *where, competency=reading.competency))
        elif reading.kind == "promises":
            promises.extend(_one_per_thing(clause, reading.text))
        elif reading.kind == "topics":
            topics.append(Item(reading.text, *where))
            if reading.also_fact and reading.category:
                facts.append(Fact(clause.text, *where, category=reading.category))
        elif reading.kind == "facts":
            facts.append(Fact(reading.text, *where, category=reading.category or "other"))
        elif reading.kind == "next_round":
            steps.append((reading.score, clause, reading.text))
    return Debrief(
        concerns=tuple(concerns),
        promises=tuple(promises),
        topics=tuple(_unique(topics)),
        facts=tuple(facts),
        people=tuple(people),
        next_round=_next_round(notes, steps),
        practice_points=tuple(practice),
    )


def _one_per_thing(clause: Clause, tidied: str) -> list[Item]:
    """One item per thing promised in the clause, each with its own span."""
    parts = split_promise(clause.text)
    if len(parts) < 2:
        return [Item(tidied, clause.text, clause.start, clause.end)]
    out = []
    for index, (start, end) in enumerate(parts):
        words = clause.text[start:end]
        if index == 0:
            # The first part's to-do is the tidied promise cut where the next thing starts.
            text = tidied[: max(0, len(tidied) - (len(clause.text) - end))].strip() or words
            text = re.sub(r"^(\w+)\s*:\s*", r"\1 ", text)
        else:
            text = todo_of(words, tidied)
        out.append(Item(text, words, clause.start + start, clause.start + end))
    return out


def _names_someone(clause: Clause, people: list[Person]) -> bool:
    return any(p.start < clause.end and clause.start < p.end for p in people) or any(
        p.name in clause.text for p in people
    )


def _unique(items: list[Item]) -> list[Item]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.text.lower()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _next_round(notes: str, steps: list[tuple[float, Clause, str]]) -> Item | None:
    """The last clear clause about the next step, with the next-step clauses touching it.

    Notes run in time order, so the last clear mention is the latest word on the next step;
    a "Next steps:" list over several lines is kept whole.
    """
    if not steps:
        return None
    clear = [i for i, step in enumerate(steps) if step[0] >= _CLEAR_STEP]
    best = clear[-1] if clear else max(range(len(steps)), key=lambda i: steps[i][0])
    first = last = best
    while first > 0 and steps[first][1].line - steps[first - 1][1].line <= 1:
        first -= 1
    while last + 1 < len(steps) and steps[last + 1][1].line - steps[last][1].line <= 1:
        last += 1
    start, end = steps[first][1].start, steps[last][1].end
    text = "; ".join(step[2] for step in steps[first : last + 1])
    return Item(text, notes[start:end], start, end)
