"""Distinct stories for a whole interview: the assignment that maximises total fit.

Each story is copied as many times as it may be told, and `scipy.optimize.linear_sum_assignment`
finds the optimal pairing of questions with copies — not a greedy pick, which would spend the best
story on the first question it fits. A story told twice must be told for two different
competencies; where the optimum breaks that rule, the weaker pairing is forbidden and it is solved
again, so the plan can say why a story comes back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from secondround.core.competencies import competency_label
from secondround.core.stories.matching import QuestionInfo, StoryIndex
from secondround.core.stories.story import Story

# Below this fit a story would be a stretch: better to say "no story yet" than force one.
MIN_FIT = 0.15
_FORBIDDEN = -1e6


@dataclass(frozen=True)
class Assignment:
    """For one question: the story to tell (or None), its fit 0-100 and why."""

    question: int
    story: Story | None
    score: int
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "story": self.story.key if self.story else None,
            "title": self.story.title if self.story else None,
            "score": self.score,
            "reasons": list(self.reasons),
        }


def assign_stories(
    questions: Sequence[QuestionInfo],
    stories: Sequence[Story] | StoryIndex,
    max_uses: int = 1,
) -> list[Assignment]:
    """One Assignment per question, in order; no story more than `max_uses` times."""
    from scipy.optimize import linear_sum_assignment

    index = stories if isinstance(stories, StoryIndex) else StoryIndex(stories)
    if not questions:
        return []
    if not index.stories:
        return [
            Assignment(q, None, 0, ("Your story bank is empty.",)) for q in range(len(questions))
        ]
    max_uses = max(1, max_uses)
    fits = [index.scores(q) for q in questions]
    n_stories = len(index.stories)
    # Columns: every story `max_uses` times; a later copy costs a hair more, so a story is
    # reused only when that adds fit.
    columns = [(s, copy) for copy in range(max_uses) for s in range(n_stories)]
    gain = [[fits[q][s][0] - 1e-4 * copy for s, copy in columns] for q in range(len(questions))]
    for _ in range(len(questions) + 1):
        rows, cols = linear_sum_assignment(gain, maximize=True)
        # A forbidden pairing is only taken when a row has to be filled: it counts as none.
        chosen = {
            int(r): columns[int(c)][0]
            for r, c in zip(rows, cols, strict=True)
            if gain[int(r)][int(c)] > _FORBIDDEN / 2
        }
        clash = _same_competency_reuse(chosen, questions, fits)
        if clash is None:
            break
        q, s = clash
        for c, (story, _) in enumerate(columns):
            if story == s:
                gain[q][c] = _FORBIDDEN
    out: list[Assignment] = []
    uses: dict[int, list[int]] = {}
    for q in range(len(questions)):
        picked = chosen.get(q)
        if picked is None or fits[q][picked][0] < MIN_FIT:
            out.append(Assignment(q, None, 0, ("No story in your bank fits this question yet.",)))
            continue
        uses.setdefault(picked, []).append(q)
        fit, reasons = fits[q][picked]
        out.append(Assignment(q, index.stories[picked], round(100 * fit), reasons))
    return _explain_reuse(out, uses, questions)


def _same_competency_reuse(
    chosen: dict[int, int],
    questions: Sequence[QuestionInfo],
    fits: list[list[tuple[float, tuple[str, ...]]]],
) -> tuple[int, int] | None:
    """(question, story) of the weaker of two pairings that tell one story for one competency."""
    seen: dict[tuple[int, str], int] = {}
    for q, s in sorted(chosen.items()):
        key = questions[q].competency
        if key is None:
            continue
        other = seen.get((s, key))
        if other is not None:
            return (q, s) if fits[q][s][0] <= fits[other][s][0] else (other, s)
        seen[(s, key)] = q
    return None


def _explain_reuse(
    out: list[Assignment], uses: dict[int, list[int]], questions: Sequence[QuestionInfo]
) -> list[Assignment]:
    for told in uses.values():
        for later in told[1:]:
            first = told[0]
            a = out[later]
            key = questions[later].competency
            why = (
                f"Told again, this time for {competency_label(key)}: question {first + 1} uses "
                "it for something else, and no other story fits as well."
                if key
                else f"Told again (also for question {first + 1}): no other story fits as well."
            )
            out[later] = Assignment(a.question, a.story, a.score, (*a.reasons, why))
    return out
