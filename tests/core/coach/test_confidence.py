"""Confidence language: hedges, apologies and fillers, each tied to its sentence."""

from __future__ import annotations

from secondround.core.coach import analyse_answer
from secondround.core.coach.confidence import find_confidence_marks


def kinds(sentence: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text.lower()) for m in find_confidence_marks([sentence])]


def test_it_finds_spoken_hedges() -> None:
    found = kinds("I guess I kind of sorted it, I'm not sure but it sort of worked.")
    assert ("hedge", "i guess") in found
    assert ("hedge", "kind of") in found
    assert ("hedge", "sort of") in found
    assert ("hedge", "i'm not sure but") in found


def test_it_finds_apologies_and_self_deprecation() -> None:
    found = kinds("Sorry, this is probably not the best example, I'm not very good at this.")
    assert [k for k, _ in found].count("apology") >= 2


def test_like_is_a_filler_only_when_set_off() -> None:
    assert ("filler", "like") in kinds("It was, like, a really long night.")
    assert ("filler", "like") not in kinds("I like working nights.")


def test_um_and_you_know_are_fillers() -> None:
    found = kinds("Um, we moved the, uh, stock and, you know, it helped.")
    assert [k for k, _ in found].count("filler") == 3


def test_a_plain_statement_has_no_marks() -> None:
    assert kinds("I called the supplier and moved the delivery to Tuesday.") == []


def test_marks_point_at_their_sentence() -> None:
    feedback = analyse_answer("I rebuilt the rota. I guess it kind of helped.")
    assert {m.sentence for m in feedback.confidence if m.kind == "hedge"} == {1}
