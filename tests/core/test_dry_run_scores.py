from __future__ import annotations

from secondround.core.dry_run_scores import AnswerScore, DryRunScores, score_dry_run

PLAN: list[dict[str, str | None]] = [
    {"competency": "leadership"},
    {"competency": None, "kind": "motivation"},
    {},
]


def test_the_latest_answer_counts_and_a_follow_up_replaces_the_first() -> None:
    scores = score_dry_run(
        PLAN,
        [
            AnswerScore(0, False, 40, {"result": 10}),
            AnswerScore(0, False, 60, {"result": 30}),  # answered again: this one counts
            AnswerScore(0, True, 80, {"result": 90}),  # its follow-up, coached together
            AnswerScore(1, False, 70, {"result": 50}),
        ],
    )
    assert scores.overall == 75
    assert scores.first_overall == 65
    assert scores.by_competency == {"leadership": 80, "motivation": 70}
    assert scores.scores == {"result": 70}


def test_a_dry_run_with_no_answer_has_no_score() -> None:
    scores = score_dry_run(PLAN, [])
    assert scores.overall is None and scores.first_overall is None
    assert DryRunScores.from_dict(scores.to_dict()) == scores
    assert DryRunScores.from_dict({}) == scores
