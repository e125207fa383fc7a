"""One scan of a text for the strings many patterns require answers each pattern as its own
strings would: patterns in a shared scan find exactly what their plain expressions find."""

from __future__ import annotations

import re

from secondround.core.debrief.data import cues, fold, people_cues
from secondround.core.text.prefilter import AnyOf, NeedleScan, QuickPattern, share_scan

_SOURCES = (
    r"\b(?:chatted|chatting|chat) about\b",
    r"\bhah?a+\b",
    r"\bha\b",
    r"(she|he) (went|fell) quiet",
    r"\bsmall ?talk\b",
    r"\w+ed\b",
    r"\d+k\b",
)
_TEXTS = (
    "we chatted about the rota, haha",
    "he went quiet, then she fell quiet",
    "small talk about the weather ha",
    "chat about pay: 40k",
    "nothing here at all",
    "chatting aboutthe rota",
    "",
)


def _shared() -> list[QuickPattern]:
    patterns = [QuickPattern(re.compile(source)) for source in _SOURCES]
    share_scan({"cues": patterns[:4], "more": (patterns[4], [patterns[5]]), "last": patterns[6]})
    return patterns


def test_shared_patterns_find_what_their_plain_expressions_find_however_often_asked() -> None:
    patterns = _shared()
    for _ in range(3):
        # Asked once, twice and again: the plain test, then the scan, then what it remembers.
        for text in _TEXTS:
            for pattern in patterns:
                plain = re.compile(pattern.pattern)
                for way in ("search", "match", "fullmatch"):
                    ours, theirs = getattr(pattern, way)(text), getattr(plain, way)(text)
                    assert (ours and ours.span()) == (theirs and theirs.span()), (pattern, text)
                assert pattern.findall(text) == plain.findall(text)


def test_a_scan_enables_every_pattern_whose_string_starts_inside_a_longer_one() -> None:
    patterns = [QuickPattern(re.compile(source)) for source in (r"\bhaha\b", r"\bha\b")]
    scan = NeedleScan(patterns)
    # "haha" holds "ha" at the same place: both patterns may match.
    assert scan.scan("haha") == {0, 1}
    assert scan.scan("ha ha") == {1}
    assert scan.scan("oh") == frozenset()


def test_a_text_is_scanned_only_when_asked_about_a_second_time() -> None:
    patterns = _shared()
    scan = NeedleScan(patterns)
    assert scan.enabled("we chatted about it") is None
    enabled = scan.enabled("we chatted about it")
    assert enabled is not None and 0 in enabled and 3 not in enabled


def test_any_of_many_patterns_answers_as_their_alternation() -> None:
    sources = [*_SOURCES, r"(?:->|=>)\s*[^>]{2,40}\?+\s*$"]
    any_of = AnyOf(re.compile(rf"(?<!\w)(?:{s})") for s in sources)
    joined = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{s})" for s in sources) + ")")
    for text in (*_TEXTS, "asked about budgets -> too junior?", "aha", "xhaha"):
        assert any_of.search(text) == (joined.search(text) is not None), text


def test_every_shipped_cue_is_in_a_shared_scan_and_finds_what_it_did() -> None:
    data, people = cues(), people_cues()
    every = [c.pattern for entries in data.kinds.values() for c in entries]
    every += [c.pattern for entries in data.facts.values() for c in entries]
    every += [*data.headings.values(), *people.roles_after.values(), *people.roles_before.values()]
    kept = [p for p in every if p.needs is not None]
    assert kept and all(p._scan is not None for p in kept)
    for text in ("asked abt my gap in SQL -> went quiet", "team of 6, reports to the CTO Raj"):
        folded = fold(text)
        for pattern in every:
            for _ in range(2):
                found = pattern.search(folded)
                plain = re.compile(pattern.pattern).search(folded)
                assert (found and found.span()) == (plain and plain.span())


def test_a_long_alternation_is_asked_alternative_by_alternative_and_finds_the_same_match() -> None:
    source = (
        r"\b(lol|haha+)\b|^(yes|no)[!.]*$|\b(chatted|talked) (\w+ ){0,3}?about (the )?(rugby|dogs?)"
        r"\b|[|]x|\bsmall ?talk\b|\d\s?%|\(lol\)|\b(?<!not )good (answer|one)\b|\bq[]|]\b"
    )
    plain = re.compile(source)
    pattern = QuickPattern(plain)
    assert pattern.parts is not None and len(pattern.parts) == 9
    share_scan([pattern])
    texts = (
        "we chatted for a bit about the rugby lol",
        "no!",
        "said no",
        "growth is 4 % a year",
        "a |x here",
        "not good answer, good one",
        "(lol) q|",
        "nothing at all",
    )
    for text in texts:
        for pos in (0, 3):
            for _ in range(2):
                ours, theirs = pattern.search(text, pos), plain.search(text, pos)
                assert (ours and (ours.span(), ours.groups())) == (
                    theirs and (theirs.span(), theirs.groups())
                ), text


def test_a_group_of_alternatives_that_is_the_whole_pattern_is_split_and_matches_the_same() -> None:
    source = r"(?:went quiet|paused|frowned|sighed|winced|asked twice|hm+|(?:she|he) laughed)"
    plain = re.compile(source)
    pattern = QuickPattern(plain)
    assert pattern.parts is not None and len(pattern.parts) == 8
    assert QuickPattern(re.compile(r"(?:a|b)(?:c|d)")).parts is None
    share_scan((pattern,))
    for text in ("paused", "she laughed", "hmmm", "he paused a lot", "frowned.", "asked twice"):
        for _ in range(2):
            for way in ("search", "match", "fullmatch"):
                ours, theirs = getattr(pattern, way)(text), getattr(plain, way)(text)
                assert (ours and ours.span()) == (theirs and theirs.span()), (way, text)
