"""`build_pack`: the prep pack's content from plain inputs, trimmed to what fits on one page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# One page holds this much; the rest stays on the plan and debrief pages.
MAX_STORIES = 6
MAX_PEOPLE = 4
MAX_QUESTIONS = 4
MAX_POINTS = 5
MAX_CHARS = 180


@dataclass(frozen=True)
class KitPerson:
    name: str
    role: str
    title: str = ""


@dataclass(frozen=True)
class PrepPack:
    company: str
    role: str
    round: int
    when: str
    format: str
    place: str
    people: tuple[KitPerson, ...]
    route: str
    # "Stories to tell" when stories are assigned, else "Key competencies to prepare".
    stories_title: str
    stories: tuple[tuple[str, str], ...]
    questions: tuple[tuple[str, tuple[str, ...]], ...]
    salary_line: str | None
    salary_svg: str | None
    debrief_points: tuple[str, ...]
    promises: tuple[str, ...]
    open_loose_ends: tuple[str, ...]

    @property
    def sections(self) -> list[str]:
        """The headings the pack shows, in order (sections with nothing to say are left out)."""
        out = ["Logistics", self.stories_title]
        if self.questions:
            out.append("Questions to ask")
        if self.salary_line:
            out.append("Salary")
        if self.debrief_points:
            out.append("Key points from the last round")
        if self.promises:
            out.append("Promises to keep")
        if self.open_loose_ends:
            out.append("Loose ends still open")
        return out


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1].rstrip() + "…"


def build_pack(
    *,
    company: str,
    role: str,
    round: int,
    when: str,
    format: str,
    place: str,
    people: Sequence[KitPerson],
    route: str = "",
    competencies: Sequence[tuple[str, str]] = (),
    stories: Sequence[tuple[str, str]] | None = None,
    questions: Sequence[tuple[str, Sequence[str]]] | None = None,
    salary: tuple[str, str] | None = None,
    debrief_points: Sequence[str] = (),
    promises: Sequence[str] = (),
    open_loose_ends: Sequence[str] = (),
) -> PrepPack:
    """The pack for one interview. `stories` (title, competency) come from the story bank when it
    exists; otherwise the key `competencies` (label, why) are what to prepare. `questions` are
    (person, questions) and `salary` is (line, svg), both left out when None."""
    if stories:
        title, prepared = "Stories to tell", stories
    else:
        title, prepared = "Key competencies to prepare", competencies
    return PrepPack(
        company=company.strip(),
        role=role.strip(),
        round=round,
        when=when,
        format=format,
        place=place.strip(),
        people=tuple(people[:MAX_PEOPLE]),
        route=_short(route),
        stories_title=title,
        # A reason that only repeats the label ("Communication: communication") says nothing.
        stories=tuple(
            (_short(a), "" if b.strip().lower() == a.strip().lower() else _short(b))
            for a, b in prepared[:MAX_STORIES]
        ),
        questions=tuple(
            (who, tuple(_short(q) for q in asked[:MAX_QUESTIONS]))
            for who, asked in (questions or [])[:MAX_PEOPLE]
            if asked
        ),
        salary_line=_short(salary[0]) if salary else None,
        salary_svg=salary[1] if salary and salary[1] else None,
        debrief_points=tuple(_short(p) for p in debrief_points[:MAX_POINTS]),
        promises=tuple(_short(p) for p in promises[:MAX_POINTS]),
        open_loose_ends=tuple(_short(p) for p in open_loose_ends[:MAX_POINTS]),
    )
