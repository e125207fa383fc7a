"""`secondround match "QUESTION"`: ranked stories with reasons, in a stable JSON shape."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus


def test_the_best_story_comes_first_in_the_documented_json(cli: Callable[..., Any]) -> None:
    calm = "I calmed an angry customer and refunded him."
    cli("stories", "add", "--title", "Furious customer", "-a", calm, "-c", "customer_focus")
    found = "I found a new supplier in a week."
    cli("stories", "add", "--title", "Supplier went bust", "-a", found, "-c", "problem_solving")
    result = cli("match", "Tell me about a time you dealt with a difficult customer.", "--json")
    assert result.code == 0, result.err
    ranked = json.loads(result.out)
    assert ranked[0]["title"] == "Furious customer"
    assert set(ranked[0]) == {"story", "title", "score", "reasons"}
    assert isinstance(ranked[0]["story"], int)
    assert 0 < ranked[0]["score"] <= 100
    assert any("Customer focus" in r for r in ranked[0]["reasons"])


def test_people_see_the_reasons(cli: Callable[..., Any]) -> None:
    cli("stories", "add", "--title", "Persuading finance", "-a", "I persuaded finance to pay.")
    out = cli("match", "When did you persuade someone to change their mind?").out
    assert "Persuading finance" in out
    assert "May show Influence" in out


def test_an_empty_bank_says_so(cli: Callable[..., Any]) -> None:
    result = cli("match", "Tell me about a conflict.")
    assert result.code == 0
    assert "No story fits" in result.out


def test_an_empty_question_is_refused(cli: Callable[..., Any]) -> None:
    result = cli("match", "  ")
    assert result.code == ExitStatus.USAGE
    assert "Give the question" in result.err


def test_without_the_semantic_extra_it_matches_on_words_and_says_so_once(
    cli: Callable[..., Any], monkeypatch: Any
) -> None:
    from secondround.core import semantic

    monkeypatch.setattr(semantic, "available", lambda: False)
    cli("stories", "add", "--title", "Persuading finance", "-a", "I persuaded finance to pay.")
    result = cli("match", "When did you persuade someone?")
    assert result.code == 0
    assert "Persuading finance" in result.out
    assert result.err.count("install the semantic extra") == 1
    assert "Close in meaning" not in result.out
