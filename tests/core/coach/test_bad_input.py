"""Odd input never raises: it gives an empty result or a report that says what is wrong."""

from __future__ import annotations

import time

from secondround.core.coach import analyse_answer


def test_an_empty_answer_gives_no_sentences_and_says_so() -> None:
    for text in ("", "   \n  ", "?!... --"):
        feedback = analyse_answer(text)
        assert feedback.sentences == ()
        assert feedback.scores.overall == 0
        assert feedback.remarks[0].kind == "empty"


def test_a_huge_answer_is_coached_quickly_on_its_start() -> None:
    sentence = "I called the supplier and moved the delivery to Tuesday. "
    text = sentence * 6000  # about 60,000 words
    started = time.perf_counter()
    feedback = analyse_answer(text)
    assert time.perf_counter() - started < 5
    assert feedback.truncated
    assert feedback.length.words >= 60000
    assert any(r.kind == "truncated" for r in feedback.remarks)


def test_non_english_text_gets_a_report_with_a_warning() -> None:
    feedback = analyse_answer(
        "Ich habe das Projekt geleitet und die Kosten um zehn Prozent gesenkt."
    )
    assert not feedback.likely_english
    assert feedback.remarks[0].kind == "language"


def test_control_characters_do_not_break_it() -> None:
    feedback = analyse_answer("I fixed\x00 the \x07 printer.\ufeff")
    assert len(feedback.sentences) == 1
