"""The debrief cues skip a search only where it would have failed: every cue finds in the test
notes exactly what its plain regular expression finds."""

from __future__ import annotations

import re

from secondround.core.debrief.clauses import split_clauses
from secondround.core.debrief.data import cues, fold, people_cues
from secondround.core.text.prefilter import QuickPattern, required
from tests.core.debrief.conftest import NOTES


def _all_cues() -> list[QuickPattern]:
    data, people = cues(), people_cues()
    out = [c.pattern for entries in data.kinds.values() for c in entries]
    out += [c.pattern for entries in data.facts.values() for c in entries]
    out += [*data.headings.values(), data.own_worry, data.their_action, data.send, data.noise]
    out += [data.reaction, data.reaction_loose, data.dropped, people.before, people.after]
    out += [*people.roles_after.values(), *people.roles_before.values()]
    return out + [pattern for _, pattern in people.described]


def _lines() -> list[str]:
    """Each line of the test notes and each clause of it, as the reader folds them."""
    out = []
    for path in sorted(NOTES.glob("*.txt")):
        notes = path.read_text(encoding="utf-8")
        out += [line for line in notes.splitlines() if line.strip()]
        out += [clause.text for clause in split_clauses(notes)]
    return [fold(text) for text in dict.fromkeys(out)]


def test_every_cue_finds_what_its_plain_pattern_finds_in_the_test_notes() -> None:
    lines = _lines()
    assert len(lines) > 150
    for cue in _all_cues():
        plain = re.compile(cue.pattern)
        for line in lines:
            for way in ("search", "match", "fullmatch"):
                ours, theirs = getattr(cue, way)(line), getattr(plain, way)(line)
                assert (ours and ours.span()) == (theirs and theirs.span()), (cue.pattern, line)


def test_most_cues_know_a_string_every_match_holds() -> None:
    known = [cue for cue in _all_cues() if cue.needs is not None]
    assert len(known) > 0.8 * len(_all_cues())


def test_an_aside_cue_is_not_searched_in_a_line_without_its_words() -> None:
    noise = cues().noise
    assert noise.needs is not None
    assert not noise.possible("roadmap for next year")
    assert noise.search("teams link broke lol") is not None


def test_the_strings_a_pattern_needs_are_in_every_match() -> None:
    assert required(re.compile(r"\b(?:lol|haha+|small ?talk)\b")) == {"lol", "haha", "small"}
    chatted = required(re.compile(r"\b(?:chatted|chatting|chat) about\b"))
    assert chatted and all(
        any(s in text for s in chatted) for text in ("chat about", "chatted about")
    )
    assert required(re.compile(r"(?i)worried")) is None
    assert required(re.compile(r"\w+ed\b")) == {"ed"}
    assert required(re.compile(r"\w+\d")) is None
    found = QuickPattern(re.compile(r"(she|he) (went|fell) quiet"))
    assert found.search("then he went quiet") is not None
    assert found.search("she went home") is None
