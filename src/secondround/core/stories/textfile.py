"""Stories as a Markdown or plain-text file: `## Title`, then labelled parts, and back again.

    ## Saving the spring launch
    Employer: Northwind · Role: Analyst · Year: 2023
    Situation: Two weeks before launch the supplier went bust.
    Task: ...
    Action: ...
    Result: ...
    Competencies: problem solving, working under pressure
    Tags: supplier, launch

Labels may also be headings (`### Action`) or bold (`**Action:**`); a part runs until the next
label. A story with no labels at all is one pasted answer, split by the coach's labeller.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from secondround.core.competencies import competency_label
from secondround.core.stories.split import split_answer
from secondround.core.stories.story import PART_FIELDS, Story, StoryError, validate_story

_HEADING = re.compile(r"^##(?!#)\s*(.*?)\s*#*\s*$")
_FIELDS = (*PART_FIELDS, "employer", "role", "year", "metrics", "competencies", "tags")
_LABEL = re.compile(
    r"^\s*(?:[-*]\s+)?(?:#{3,6}\s*)?(?:\*\*|__)?\s*("
    + "|".join(_FIELDS)
    + r")\s*(?::\s*(?:\*\*|__)?|(?:\*\*|__)\s*:?|\s*$)\s*(.*)$",
    re.IGNORECASE,
)
_INLINE = re.compile(r"\s*[·|;]\s*(?=(?:employer|role|year)\s*:)", re.IGNORECASE)
MAX_STORIES = 500


def parse_stories(text: str) -> list[Story]:
    """Every story of an import file, checked; StoryError names the first problem and where."""
    stories: list[tuple[int, str, list[str]]] = []
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        heading = _HEADING.match(line)
        if heading:
            stories.append((number, heading.group(1).strip(), []))
        elif stories:
            stories[-1][2].append(line)
    if not stories:
        raise StoryError(
            "The file has no stories: start each one with a heading line such as "
            "'## Saving the spring launch'."
        )
    if len(stories) > MAX_STORIES:
        raise StoryError(f"The file holds {len(stories)} stories; import at most {MAX_STORIES}.")
    seen: dict[str, int] = {}
    out: list[Story] = []
    for number, title, lines in stories:
        if not title:
            raise StoryError(f"Line {number}: the heading has no title after '##'.")
        folded = title.casefold()
        if folded in seen:
            raise StoryError(
                f"Line {number}: the title {title!r} is used twice (first on line "
                f"{seen[folded]}); give each story its own title."
            )
        seen[folded] = number
        try:
            out.append(validate_story(_story(title, lines)))
        except StoryError as exc:
            raise StoryError(f"Line {number} ({title}): {exc}") from exc
    return out


def _story(title: str, lines: list[str]) -> Story:
    values: dict[str, list[str]] = {}
    loose: list[str] = []
    current: str | None = None
    for raw in lines:
        for line in _INLINE.split(raw):
            label = _LABEL.match(line)
            if label:
                current = label.group(1).lower()
                values.setdefault(current, []).append(label.group(2).strip())
            elif current is None:
                loose.append(line.strip())
            else:
                values[current].append(line.strip())
    joined = {k: "\n".join(v).strip() for k, v in values.items()}
    parts = {name: joined.get(name, "") for name in PART_FIELDS}
    pasted = "\n".join(loose).strip()
    if pasted and not any(parts.values()):
        parts = split_answer(pasted)
    elif pasted:
        parts["situation"] = f"{pasted}\n{parts['situation']}".strip()
    year_text = joined.get("year", "").strip()
    year: int | None = None
    if year_text:
        if not re.fullmatch(r"\d{4}", year_text):
            raise StoryError(f"the year {year_text!r} is not a year such as 2023.")
        year = int(year_text)
    return Story(
        title=title,
        situation=parts["situation"],
        task=parts["task"],
        action=parts["action"],
        result=parts["result"],
        employer=joined.get("employer", ""),
        role=joined.get("role", ""),
        year=year,
        metrics=joined.get("metrics", ""),
        competencies=_list(joined.get("competencies", "")),
        tags=_list(joined.get("tags", "")),
    )


def _list(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in re.split(r"[,\n]", text) if item.strip())


def format_stories(stories: Iterable[Story]) -> str:
    """The stories in the import format, so an export reads back as the same stories."""
    blocks: list[str] = []
    for story in stories:
        lines = [f"## {story.title}"]
        for name in ("employer", "role"):
            if getattr(story, name):
                lines.append(f"{name.capitalize()}: {getattr(story, name)}")
        if story.year is not None:
            lines.append(f"Year: {story.year}")
        for name in PART_FIELDS:
            if story.parts[name]:
                lines.append(f"{name.capitalize()}: {story.parts[name]}")
        if story.metrics:
            lines.append(f"Metrics: {story.metrics}")
        if story.competencies:
            labels = ", ".join(competency_label(k) for k in story.competencies)
            lines.append(f"Competencies: {labels}")
        if story.tags:
            lines.append(f"Tags: {', '.join(story.tags)}")
        blocks.append("\n".join(lines))
    return "# Stories (secondround)\n\n" + "\n\n".join(blocks) + "\n"
