"""A STAR story as the core sees it, and the checks every way of storing one goes through."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final

from secondround.core.competencies import COMPETENCIES, competency_key
from secondround.core.errors import UserError

PART_FIELDS: Final = ("situation", "task", "action", "result")
PART_LETTERS: Final = {"situation": "S", "task": "T", "action": "A", "result": "R"}
# A story is told in about two minutes (~300 words); these limits are far above that and only
# keep a pasted book or a 1 MB file out of the database.
MAX_PART_CHARS: Final = 5_000
MAX_STORY_CHARS: Final = 12_000
MAX_TITLE_CHARS: Final = 200
MAX_SHORT_CHARS: Final = 200
MAX_TAGS: Final = 20
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class StoryError(UserError, ValueError):
    """A story that cannot be stored as given; the message is one sentence a person can act on."""


@dataclass(frozen=True)
class Story:
    """One of the candidate's examples. `competencies` are the ones the user confirmed.

    `key` is whatever the caller uses to name the story (a database id); `vectors` are its
    per-part sentence vectors (title, S, T, A, R) when the semantic extra computed them.
    """

    title: str
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    employer: str = ""
    role: str = ""
    year: int | None = None
    metrics: str = ""
    competencies: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    key: Any = None
    told_before: bool = False
    vectors: tuple[tuple[float, ...], ...] | None = field(default=None, compare=False)

    @property
    def text(self) -> str:
        """The four parts as one answer, in STAR order."""
        return "\n".join(p for p in (self.situation, self.task, self.action, self.result) if p)

    @property
    def parts(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in PART_FIELDS}

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            **self.parts,
            "employer": self.employer,
            "role": self.role,
            "year": self.year,
            "metrics": self.metrics,
            "competencies": list(self.competencies),
            "tags": list(self.tags),
        }


def _clean(value: Any, name: str, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise StoryError(f"The {name} must be text.")
    text = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if len(text) > limit:
        raise StoryError(
            f"The {name} is {len(text):,} characters; keep it under {limit:,} "
            "(a story is told in about two minutes)."
        )
    return text


def competency_keys(names: Sequence[str]) -> tuple[str, ...]:
    """Competency keys as a person may type them; StoryError names the first unknown one."""
    keys: list[str] = []
    for name in names:
        if not name.strip():
            continue
        key = competency_key(name)
        if key is None:
            raise StoryError(
                f"{name.strip()!r} is not a competency; use one of {', '.join(COMPETENCIES)}."
            )
        if key not in keys:
            keys.append(key)
    return tuple(keys)


def validate_story(story: Story) -> Story:
    """The story with its text tidied, or StoryError saying what is wrong with it."""
    title = _clean(story.title, "title", MAX_TITLE_CHARS)
    parts = {name: _clean(getattr(story, name), name, MAX_PART_CHARS) for name in PART_FIELDS}
    if not any(parts.values()):
        raise StoryError(
            f"The story {title!r} has no text; write at least what happened and what you did."
            if title
            else "The story has no text; write at least what happened and what you did."
        )
    if sum(len(p) for p in parts.values()) > MAX_STORY_CHARS:
        raise StoryError(
            f"The story {title!r} is over {MAX_STORY_CHARS:,} characters; a story is told in "
            "about two minutes, so cut it down."
        )
    if not title:
        title = _title_from(parts)
    year = story.year
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise StoryError("The year must be a whole number such as 2023.")
    if year is not None and not 1950 <= year <= 2100:
        raise StoryError(f"{year} is not a plausible year for a story; give one such as 2023.")
    tags = tuple(dict.fromkeys(_clean(t, "tag", 50) for t in story.tags if str(t).strip()))
    if len(tags) > MAX_TAGS:
        raise StoryError(f"A story may have at most {MAX_TAGS} tags.")
    return replace(
        story,
        title=title,
        situation=parts["situation"],
        task=parts["task"],
        action=parts["action"],
        result=parts["result"],
        employer=_clean(story.employer, "employer", MAX_SHORT_CHARS),
        role=_clean(story.role, "role", MAX_SHORT_CHARS),
        metrics=_clean(story.metrics, "metrics", MAX_SHORT_CHARS * 5),
        competencies=competency_keys(story.competencies),
        tags=tags,
    )


def _title_from(parts: dict[str, str]) -> str:
    """A title from the first words of the story, when the user gave none."""
    first = next(p for p in parts.values() if p)
    words = first.split()
    title = " ".join(words[:8])
    return title + ("…" if len(words) > 8 else "")
