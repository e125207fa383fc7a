"""The story bank (D4): STAR stories, their checks, coverage of a job and matching to questions.

Pure Python; no Django, no printing, no I/O beyond its own data files. See docs/stories.md.
"""

from __future__ import annotations

from secondround.core.stories.assignment import Assignment, assign_stories
from secondround.core.stories.checks import StoryCheck, check_story
from secondround.core.stories.coverage import Coverage, coverage
from secondround.core.stories.matching import Match, QuestionInfo, classify_question, match_question
from secondround.core.stories.story import (
    MAX_PART_CHARS,
    MAX_STORY_CHARS,
    PART_FIELDS,
    Story,
    StoryError,
    validate_story,
)
from secondround.core.stories.suggest import Suggestion, suggest_competencies
from secondround.core.stories.textfile import format_stories, parse_stories

__all__ = [
    "MAX_PART_CHARS",
    "MAX_STORY_CHARS",
    "PART_FIELDS",
    "Assignment",
    "Coverage",
    "Match",
    "QuestionInfo",
    "Story",
    "StoryCheck",
    "StoryError",
    "Suggestion",
    "assign_stories",
    "check_story",
    "classify_question",
    "coverage",
    "format_stories",
    "match_question",
    "parse_stories",
    "suggest_competencies",
    "validate_story",
]
