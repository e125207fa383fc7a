"""How the answers of one dry run add up to its scores: per question, per competency, overall.

The answer that counts for a question is the latest follow-up answer (coached together with the
first answer) or, without one, the latest first answer. The first answers' own mean is kept too,
so a report can show the score before and after the follow-ups.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class AnswerScore:
    position: int
    is_probe: bool
    overall: int
    scores: Mapping[str, float]


@dataclass(frozen=True)
class DryRunScores:
    overall: int | None  # with the follow-ups
    first_overall: int | None  # the first answers alone
    by_competency: dict[str, int] = field(default_factory=dict)
    scores: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DryRunScores:
        return cls(
            overall=data.get("overall"),
            first_overall=data.get("first_overall"),
            by_competency=dict(data.get("by_competency") or {}),
            scores=dict(data.get("scores") or {}),
        )


def _mean(values: Sequence[float]) -> int | None:
    return round(sum(values) / len(values)) if values else None


def score_dry_run(
    plan: Sequence[Mapping[str, Any]], answers: Iterable[AnswerScore]
) -> DryRunScores:
    """The scores of a dry run from its answers, given oldest first."""
    latest: dict[tuple[int, bool], AnswerScore] = {}
    for answer in answers:
        latest[(answer.position, answer.is_probe)] = answer
    finals: list[int] = []
    firsts: list[int] = []
    per_competency: dict[str, list[float]] = defaultdict(list)
    per_score: dict[str, list[float]] = defaultdict(list)
    for position, question in enumerate(plan):
        first = latest.get((position, False))
        final = latest.get((position, True)) or first
        if first is not None:
            firsts.append(first.overall)
        if final is None:
            continue
        finals.append(final.overall)
        key = str(question.get("competency") or question.get("kind") or "other")
        per_competency[key].append(final.overall)
        for name, value in final.scores.items():
            per_score[name].append(float(value))
    return DryRunScores(
        overall=_mean(finals),
        first_overall=_mean(firsts),
        by_competency={k: round(sum(v) / len(v)) for k, v in per_competency.items()},
        scores={k: round(sum(v) / len(v)) for k, v in per_score.items()},
    )
