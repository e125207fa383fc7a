"""The concern model reads a clause among its neighbours: the heading it sits under, a reaction
or a doubt let go in the sentences after it, the candidate's reading of it; and in its own words,
a doubt stated outright and a push by scenario."""

from __future__ import annotations

from secondround.core.debrief.clauses import split_clauses
from secondround.core.debrief.concern_model import clause_context, concern_features

NOTES = (
    "- asked how i'd staff a bank holiday. she went quiet\n"
    "- asked about my forklift ticket. she said it doesn't matter\n"
    "- asked about weekend cover\n"
    "  i think she worries i won't stay\n"
    "Wobbles\n"
    "- my budgets have all been under 100k\n"
    "Pay\n"
    "- 31k plus overtime\n"
)


def _context_of(start: str) -> list[str]:
    clauses = split_clauses(NOTES)
    index = next(i for i, c in enumerate(clauses) if c.text.startswith(start))
    return clause_context(clauses, index)


def test_a_clause_under_a_heading_of_their_doubts_says_so() -> None:
    assert "under their doubts" in _context_of("my budgets")
    assert "under another heading" in _context_of("31k")
    assert not {"under their doubts", "under another heading"} & set(_context_of("asked how"))


def test_what_follows_a_clause_says_how_they_took_it() -> None:
    assert "reaction after" in _context_of("asked how i'd staff")
    assert "let go after" in _context_of("asked about my forklift")
    assert "candidate's reading after" in _context_of("asked about weekend cover")
    assert "let go after" not in _context_of("asked how i'd staff")


def test_a_doubt_stated_outright_and_a_push_are_features_of_the_words() -> None:
    assert "stated outright" in concern_features("my read: they think i won't make hard calls")
    assert "stated outright" in concern_features("They are worried I've never led a night shift")
    assert "their push" in concern_features("she said 'and the third time?'")
    assert "their push" not in concern_features("pay is 31k plus overtime")
    # The context given is kept as features of their own.
    assert concern_features("asked about cover", ["reaction after"])[-1] == "reaction after"
