"""The coach's view of a story: a short to-do (a part missing, no measurable result, only "we",
hedging, too long to tell in two minutes) and its score."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from secondround.core.coach import analyse_answer
from secondround.core.coach.results import _MEASURE_KINDS
from secondround.core.coach.specificity import find_details
from secondround.core.stories.story import PART_FIELDS, Story

# A story is told in about two minutes: over this it is too long to tell.
TWO_MINUTES_S = 120
_HOW = {
    "situation": "Add the situation: where you were and what was at stake, in a sentence or two.",
    "task": "Add the task: what you had to achieve, or what was yours to solve.",
    "action": "Add the action: the steps you took yourself — this should carry most of it.",
    "result": "Add the result: what changed, with a number if you have one.",
}


@dataclass(frozen=True)
class Todo:
    kind: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "message": self.message}


@dataclass(frozen=True)
class StoryCheck:
    """The story's overall coach score (0-100), what to do about it, and its speaking time."""

    score: int
    todo: tuple[Todo, ...]
    seconds: int
    words: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "todo": [t.to_dict() for t in self.todo],
            "seconds": self.seconds,
            "words": self.words,
        }


def check_story(story: Story) -> StoryCheck:
    """Coach the story as if it were told as an answer, and list what to fix, most important
    first. A part the user left empty counts as missing even if the labeller sees one."""
    feedback = analyse_answer(story.text)
    todo: list[Todo] = []
    for name in PART_FIELDS:
        if not story.parts[name].strip():
            todo.append(Todo(f"missing_{name}", _HOW[name]))
    # The user's own result part decides, not the labeller's guess at which sentence it is.
    measured = any(m.kind in _MEASURE_KINDS for m in find_details([story.result]))
    if story.result.strip() and not measured and not story.metrics:
        todo.append(
            Todo(
                "no_measurable_result",
                "The result has nothing measurable: add a number, a time saved, money, or "
                "what someone said.",
            )
        )
    own = feedback.ownership
    if own.team_actions and not own.own_actions:
        todo.append(
            Todo(
                "only_we",
                "It says only what “we” did: name the actions that were yours, with “I”.",
            )
        )
    hedges = [m.text for m in feedback.confidence if m.kind in ("hedge", "apology")]
    if hedges:
        shown = ", ".join(f"“{h}”" for h in dict.fromkeys(hedges[:3]))
        todo.append(Todo("hedging", f"Drop the hedging ({shown}): say what you did plainly."))
    seconds = round(feedback.length.seconds)
    if seconds > TWO_MINUTES_S:
        todo.append(
            Todo(
                "too_long",
                f"It takes about {seconds // 60} min {seconds % 60:02d} s to tell; cut it to "
                "two minutes, keeping the action and the result.",
            )
        )
    return StoryCheck(feedback.scores.overall, tuple(todo), seconds, feedback.length.words)
