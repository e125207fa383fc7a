"""The overall score is the weighted mean of the scores shown, with the weights fitted for the
question's kind (`data/coach/score_weights.json`) or the rubric's: every point lost is lost on a
score the report shows (`secondround coach --json`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus
from secondround.core.coach.rubric import weights

STORY = (
    "Um, so, I think it was last winter, maybe, at the depot. The van rota kept clashing. I "
    "kind of rebuilt it in a shared sheet, I guess, and the clashes mostly stopped."
)
SALARY = "I'm looking for around £31,000, based on similar planner roles advertised locally."


@pytest.mark.parametrize(
    ("question", "answer", "star"),
    [
        ("Tell me about a time you fixed a process that kept failing.", STORY, True),
        ("What salary are you expecting?", SALARY, False),
    ],
)
def test_the_overall_is_recomputed_from_the_scores_and_the_kinds_weights(
    cli: Callable[..., Any], question: str, answer: str, star: bool
) -> None:
    code, out, err = cli("coach", "-", "--json", "--question", question, stdin=answer.encode())
    assert code == ExitStatus.OK, err
    data = json.loads(out)
    scores, kind = data["scores"], data["question_kind"]["kind"]
    w = weights(kind)
    names = [n for n in w if star or n not in {"result", "ownership"}]
    mean = sum(scores[n] * w[n] for n in names) / sum(w[n] for n in names)
    assert scores["overall"] == min(round(mean), 89)
    assert data["remarks"], "a remark stands, so the overall stays below 90"
