"""The debrief reader's cues, read once from `secondround/data/debrief/`, checked as they load."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from secondround.core.competencies import COMPETENCIES
from secondround.core.datafiles import DataFileError, read_text, read_yaml
from secondround.core.debrief.notes import FACT_CATEGORIES, ROLES
from secondround.core.text.lines import list_lines
from secondround.core.text.phrases import Phrase, PhraseIndex, compile_phrase
from secondround.core.text.prefilter import QuickPattern, share_scan

# A compiled cue: searched only where the strings every match holds are in the text.
Pattern = QuickPattern

KINDS = ("concerns", "promises", "topics", "facts", "next_round")
_PLACEHOLDER = re.compile(r"\{([A-Z]+)\}")


class DebriefDataError(DataFileError):
    """A data file of the debrief reader is missing or malformed (a packaging fault)."""


def read_data(name: str) -> str:
    return read_text("debrief", name, DebriefDataError)


def _yaml(name: str) -> dict[str, Any]:
    return read_yaml("debrief", name, DebriefDataError, version=1)


def load_yaml(name: str) -> dict[str, Any]:
    """One YAML data file of the debrief reader (with `version: 1`)."""
    return _yaml(name)


def fold(text: str) -> str:
    """Lower-case text, keeping every offset: the cues are written in lower case and matching
    folded text is about twice as fast as matching case-insensitively."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _compile(name: str, pattern: Any, words: dict[str, str]) -> Pattern:
    def expand(match: re.Match[str]) -> str:
        if match.group(1) not in words:
            raise DebriefDataError(f"{name}: unknown placeholder {{{match.group(1)}}}.")
        return f"(?:{words[match.group(1)]})"

    text = _PLACEHOLDER.sub(expand, str(pattern))
    if re.search(r"(?<!\\)(?<!\(\?)[A-Z]", text):
        raise DebriefDataError(f"{name}: write patterns in lower case: {pattern!r}.")
    try:
        return Pattern(re.compile(text))
    except re.error as exc:
        raise DebriefDataError(f"{name}: bad pattern {pattern!r}: {exc}") from exc


@dataclass(frozen=True)
class Cue:
    weight: float
    pattern: Pattern


@dataclass(frozen=True)
class Cues:
    """Everything in cues.yaml, compiled."""

    kinds: dict[str, tuple[Cue, ...]]
    facts: dict[str, tuple[Cue, ...]]
    headings: dict[str, Pattern]
    own_worry: Pattern
    their_action: Pattern
    send: Pattern
    concern_competencies: PhraseIndex
    noise: Pattern
    # A clause that is only the interviewer's reaction ("she went quiet", "asked twice").
    reaction: Pattern
    # The same, with the interviewer's words quoted and the candidate's guess ("-> too junior?").
    reaction_loose: Pattern
    # A doubt the interviewer dropped ("-> ok not a worry").
    dropped: Pattern


def _cue_list(name: str, entries: Any, words: dict[str, str]) -> tuple[Cue, ...]:
    if not isinstance(entries, list) or not entries:
        raise DebriefDataError(f"{name}: expected a list of cues.")
    try:
        return tuple(Cue(float(e["weight"]), _compile(name, e["pattern"], words)) for e in entries)
    except (KeyError, TypeError, ValueError) as exc:
        raise DebriefDataError(f"{name}: each cue needs a weight and a pattern.") from exc


@lru_cache(maxsize=1)
def cues() -> Cues:
    name = "cues.yaml"
    data = _yaml(name)
    words = {str(k): str(v) for k, v in data.get("words", {}).items()}
    kinds = {k: _cue_list(name, data.get("kinds", {}).get(k), words) for k in KINDS}
    facts = {
        c: _cue_list(name, data.get("facts", {}).get(c), words)
        for c in FACT_CATEGORIES
        if c != "other"
    }
    headings_raw = data.get("headings", {})
    if set(headings_raw) != {*KINDS, "people"}:
        raise DebriefDataError(f"{name}: headings needs one pattern per kind and people.")
    headings = {k: _compile(name, rf"\b(?:{v})\b", words) for k, v in headings_raw.items()}
    phrases: list[Phrase] = []
    for key, texts in data.get("concern_competencies", {}).items():
        if key not in COMPETENCIES:
            raise DebriefDataError(f"{name}: {key!r} is not a competency key.")
        try:
            phrases.extend(compile_phrase(key, str(t)) for t in texts)
        except ValueError as exc:
            raise DebriefDataError(f"{name}: {exc}") from exc
    found = Cues(
        kinds=kinds,
        facts=facts,
        headings=headings,
        own_worry=_compile(name, data["own_worry"], words),
        their_action=_compile(name, data["their_action"], words),
        send=_compile(name, r"\b(?:{SEND})\b", words),
        concern_competencies=PhraseIndex(phrases),
        noise=_compile(name, data["noise"], words),
        reaction=_compile(name, rf"(?:{data['reaction']})", words),
        reaction_loose=_compile(name, rf"(?:{data['reaction_loose']})", words),
        dropped=_compile(name, data["dropped"], words),
    )
    # Most clauses are searched by every cue in turn: one scan finds which cues' strings are in it.
    share_scan(found)
    return found


# How a role may sit after a name: "Tom from HR", "Ana, the CTO", "Ben is leaving the role".
_AFTER_LEAD = (
    r"^\s*[(,:\-–—]?\s*(?:(?:is|was|who'?s|who is|will be|would be|sat|sitting|dialled|dialed|"
    r"joined|from|in|on|of|at|the|our|my|"
    r"their|a|an)\s+)*"
    # A title, then the role in brackets: "Maya is design lead (my manager if I get it)".
    r"(?:(?:[\w/&'-]+\s+){1,3}\(\s*)?"
)
# How a role may sit before a name: "the CTO, Raj", "hiring manager Sarah", "manager = Sam".
_BEFORE_TAIL = (
    r"\s*(?:(?:person|guy|lady|rep)\s*)?(?:[,:(=\-–—]\s*)?"
    r"(?:(?:is|was|would be|will be|called|named|-)\s*)?[:(=\-–—]?\s*$"
)


@dataclass(frozen=True)
class PeopleCues:
    """Role cues as they may sit after a name and before one, and the other person cues."""

    roles_after: dict[str, Pattern]
    roles_before: dict[str, Pattern]
    # Searched anywhere in the words describing a person, in this order.
    described: tuple[tuple[str, Pattern], ...]
    before: Pattern
    after: Pattern
    not_names: frozenset[str]


@lru_cache(maxsize=1)
def people_cues() -> PeopleCues:
    name = "people.yaml"
    data = _yaml(name)
    roles_raw = data.get("roles", {})
    if not set(roles_raw) <= set(ROLES) or not roles_raw:
        raise DebriefDataError(f"{name}: roles must be among {', '.join(ROLES)}.")
    roles_after = {
        k: _compile(name, rf"{_AFTER_LEAD}(?P<cue>{v})", {}) for k, v in roles_raw.items()
    }
    roles_before = {
        k: _compile(name, rf"(?P<cue>{v}){_BEFORE_TAIL}", {}) for k, v in roles_raw.items()
    }
    described_raw = data.get("described", {})
    if not set(described_raw) <= {*ROLES, "manager"} or not described_raw:
        raise DebriefDataError(f"{name}: described must name roles among {', '.join(ROLES)}.")
    described = tuple(
        ("line_manager" if k == "manager" else k, _compile(name, v, {}))
        for k, v in described_raw.items()
    )
    not_names = frozenset(line.lower() for line in list_lines(read_data("not_names.txt")))
    found = PeopleCues(
        roles_after=roles_after,
        roles_before=roles_before,
        described=described,
        before=_compile(name, data["before"], {}),
        after=_compile(name, data["after"], {}),
        not_names=not_names,
    )
    share_scan(found)
    return found
