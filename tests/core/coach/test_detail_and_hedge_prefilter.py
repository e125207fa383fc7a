"""The case-insensitive prefilter of the detail and hedge patterns only ever skips a search that
would have failed: the details and marks found are those the full search finds."""

from __future__ import annotations

import re

import pytest

from secondround.core.coach import confidence, specificity
from secondround.core.text.prefilter import folded, folded_required, may_match

# Sentences written for this test: details and hedges in odd cases, at the edges, next to
# punctuation, and near misses ("Hours" capitalised, "PER CENT", "£" and "€", the long s).
SENTENCES = [
    "It took THREE WEEKS and cost £4,500.",
    "Sales rose 12 PER CENT by Q3.",
    "I Think There Were About Forty Tickets.",
    "Overnight we moved 2 shifts to Monday, like, the whole team.",
    "Hours later the client rang.",
    "The ſhift was long and the İnvoice late.",
    "We spent €300 in March 2023, roughly 9 percent of the budget.",
    "so, like, nothing to count here",
    "No numbers, no dates, only words.",
    "within a fortnight, at 9am, on a Friday",
]


def _patterns() -> list[re.Pattern[str]]:
    return [p for _, p in specificity._PATTERNS] + [
        confidence._ACCOUNT_HEDGE,
        confidence._LIKE_FILLER,
    ]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_skipped_detail_or_hedge_search_would_have_found_nothing(sentence: str) -> None:
    low = folded(sentence)
    for pattern in _patterns():
        if not may_match(low, folded_required(pattern)):
            assert pattern.search(sentence) is None, pattern.pattern[:40]


def test_a_text_whose_case_cannot_be_followed_is_always_searched() -> None:
    assert folded("The ſhift ran late") is None
    assert folded("It Took Three Weeks") == "it took three weeks"


def test_only_case_insensitive_lower_case_patterns_get_strings() -> None:
    assert folded_required(re.compile("thanks")) is None
    assert folded_required(re.compile("Thanks", re.IGNORECASE)) is None
    assert folded_required(re.compile(r"\bthanks?\b", re.IGNORECASE)) == {"thank"}
    assert folded_required(re.compile(r"(?:per cent|percent)\b", re.IGNORECASE)) == {
        "per c",
        "perce",
    }


def test_details_and_hedges_are_found_in_any_case() -> None:
    mentions = specificity.find_details(SENTENCES[:3])
    kinds = {(m.kind, m.text) for m in mentions}
    assert ("duration", "THREE WEEKS") in kinds
    assert ("money", "£4,500") in kinds
    assert ("percentage", "12 PER CENT") in kinds
    marks = confidence.find_confidence_marks([SENTENCES[2], SENTENCES[3]])
    assert any(m.kind == "hedge" and m.sentence == 0 for m in marks)
    assert any(m.kind == "filler" and m.text == "like" for m in marks)
