"""In answers whose point is a fact about the speaker (factual and salary questions) the cues
count apart from the other non-story kinds', where a sentence about nobody in particular is the
company or the plan rather than the answer itself."""

from __future__ import annotations

from secondround.core.coach import analyse_answer, star

SENTENCE = "I rang the depot and booked two vans for the Friday run."


def _apart(kind: str) -> set[str]:
    features = star.sentence_features(SENTENCE, 1, kind)
    return {f.partition("|")[0] for f in features if "|cue:" in f}


def test_the_shipped_model_counts_factual_and_salary_cues_apart() -> None:
    assert star.trained().fact_kinds == frozenset({"factual", "salary"})
    assert _apart("factual") == {"fact answer"}
    assert _apart("salary") == {"fact answer"}
    assert _apart("company_knowledge") == {"other kind"}
    assert _apart("behavioural") == set()


def test_such_a_cue_is_shown_as_evidence_in_plain_words() -> None:
    answer = "Eleven years on the buses. I rang the depot and booked two vans for the Friday run."
    evidence = [
        e for s in analyse_answer(answer, "How long have you driven?").sentences for e in s.evidence
    ]
    assert not any("|" in e for e in evidence)
