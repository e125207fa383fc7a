"""Splitting: offsets point into the input, bullets and run-ons become sentences of their own."""

from __future__ import annotations

from secondround.core.coach.sentences import split_sentences


def test_offsets_point_at_the_sentence_in_the_input() -> None:
    text = "  I met Dr. Patel at 9.30 on Monday. She agreed!  Then we signed."
    spans = split_sentences(text)
    assert [s.text for s in spans] == [
        "I met Dr. Patel at 9.30 on Monday.",
        "She agreed!",
        "Then we signed.",
    ]
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_bullet_fragments_are_sentences_without_their_markers() -> None:
    text = (
        "Context: new payroll system\n- Trained 12 staff\n* Cut errors by 30%\n1. Wrote the guide"
    )
    assert [s.text for s in split_sentences(text)] == [
        "Context: new payroll system",
        "Trained 12 staff",
        "Cut errors by 30%",
        "Wrote the guide",
    ]


def test_a_hard_wrapped_line_is_joined_to_the_next() -> None:
    text = "I was asked to lead the move and\nthe team agreed."
    assert len(split_sentences(text)) == 1


def test_a_spoken_run_on_is_cut_where_a_new_step_starts() -> None:
    text = (
        "So we had this huge queue of returns building up in the warehouse every single week "
        "and nobody really owned it or knew who should sort it out and so then I went to my "
        "manager and asked if I could take it on for a month and see what I could do with it"
    )
    pieces = split_sentences(text)
    assert len(pieces) == 2
    assert pieces[1].text.startswith("and so then I went")


def test_punctuation_alone_gives_no_sentences() -> None:
    assert split_sentences(" ... !!! -- ?") == []
