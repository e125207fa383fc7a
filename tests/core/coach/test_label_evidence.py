"""Every label is explained by its strongest features, shown as evidence."""

from __future__ import annotations

from secondround.core.coach import analyse_answer


def test_each_label_names_the_features_that_decided_it() -> None:
    feedback = analyse_answer(
        "That's a good question. As a result we cut waiting times from 40 minutes to 15. "
        "I learned to measure before I change anything."
    )
    for sentence in feedback.sentences:
        assert 1 <= len(sentence.evidence) <= 6
        assert all(isinstance(e, str) and e for e in sentence.evidence)
    assert any("preamble" in e for e in feedback.sentences[0].evidence)
    assert any("result marker" in e or "number" in e for e in feedback.sentences[1].evidence)


def test_a_hypothetical_sentence_is_explained_as_one() -> None:
    feedback = analyse_answer(
        "I would probably talk to the team first. I'd then ask the manager for more staff.",
        question="Tell me about a time you handled a busy shift.",
    )
    assert feedback.hypothetical
    assert all(s.star == "O" for s in feedback.sentences)
    assert any("hypothetical" in " ".join(s.evidence) for s in feedback.sentences)
