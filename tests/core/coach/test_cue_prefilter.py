"""The cue prefilter only ever skips a search that would have failed: labels stay what the full
search gives, whatever the sentence."""

from __future__ import annotations

import re

import pytest

from secondround.core.coach import analyse_answer, star
from secondround.core.text.prefilter import required

# Sentences written for this test, cleaned as the labeller cleans them, each meant to hit or
# nearly hit some cue (a word of a cue's list with a different neighbour, a cue at the very
# start or end, apostrophes, numbers).
SENTENCES = [
    "As the shift lead I needed to get the rota out by Friday.",
    "We had to be finished by 9 and it worked, no more complaints after that.",
    "Complaints dropped from 40 to 12 in six weeks.",
    "The client rang the following week to thank us.",
    "I'd probably start by listening to the team.",
    "If I ran the team I would first check the backlog.",
    "Retail, it's busy every weekend, isn't it",
    "So, um, yeah.",
    "My duties were mostly stock and the tills.",
    "I learned to ask before I assume.",
    "that's it really",
    "I'm a people person, I thrive under pressure.",
    "The reason I applied is your work on rural clinics.",
    "Rewrote the onboarding guide and trained two new starters.",
    "There were about forty tickets open when I arrived.",
    "thanked thank thanks thankful",
    "rang called phoned to say thanks",
    "i was i am the a an",
    "it was a long night but worth it",
    "my main responsibilities included the budget",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_skipped_cue_would_not_have_matched(sentence: str) -> None:
    text = star.clean(sentence)
    candidates = set(star.model().candidates(text))
    for index, cue in enumerate(star.model().cues):
        if index not in candidates:
            assert cue.pattern.search(text) is None, cue.name


def test_the_cues_scan_finds_strings_for_most_cues() -> None:
    # A prefilter that required nothing would pass the test above by searching everything.
    m = star.model()
    assert len(m.unfiltered) < len(m.cues) / 4
    assert m.candidates("") == sorted(m.unfiltered)


@pytest.mark.parametrize(
    ("pattern", "matching", "not_matching"),
    [
        (r"\b(i|we) (had|needed) to\b", "so we needed to move", "we then had to move"),
        (r"\bfrom (£|\$)?9 (to|down to) 9\b", "from £9 down to 9", "from 9 up to 9"),
        (r"^(so |and )?(i was|i felt) (very )*(proud|glad)$", "and i felt very proud", "i was"),
        (r"\b(the (plan|fix)) (worked|paid off)\b", "the fix paid off", "the plan failed"),
    ],
)
def test_required_strings_hold_for_every_match(
    pattern: str, matching: str, not_matching: str
) -> None:
    compiled = re.compile(pattern)
    needed = required(compiled)
    assert needed is not None
    assert compiled.search(matching) and any(s in matching for s in needed)
    assert not compiled.search(not_matching)


def test_a_pattern_it_cannot_read_is_always_searched() -> None:
    assert required(re.compile(r"\w+(\s\w+)?")) is None
    assert required(re.compile(r"\w+ed\b")) == {"ed"}
    assert required(re.compile("thanks", re.IGNORECASE)) is None


def test_labels_are_those_of_the_full_search(monkeypatch: pytest.MonkeyPatch) -> None:
    answer = " ".join(SENTENCES)
    question = "Tell me about a time you fixed a problem."
    with_filter = analyse_answer(answer, question=question).sentences
    every = list(range(len(star.model().cues)))
    monkeypatch.setattr(star.Model, "candidates", lambda self, text: every)
    without = analyse_answer(answer, question=question).sentences
    assert [(s.star, s.evidence) for s in with_filter] == [(s.star, s.evidence) for s in without]
