"""The plan for one interview: its job description, round-one notes and people, fed to the core.

This is the only place that turns stored interviews into the core's plain inputs, so the web page,
the dry run and `secondround plan` all explain their choices the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from secondround.core.jobs import JobProfile
from secondround.core.questions.plan import (
    Concern,
    Interviewer,
    Need,
    Plan,
    PracticePoint,
    plan_questions,
)
from secondround.interviews.models import Interview
from secondround.services.debrief import active_items
from secondround.services.readings import job_reading


@dataclass(frozen=True)
class InterviewReading:
    """What the job description and the notes say, as the plan used them."""

    job: JobProfile
    concerns: list[Concern]
    plan: Plan


def needs_of(job: JobProfile, concerns: Iterable[Concern]) -> list[Need]:
    """The job's competencies, weighted, plus those the round-one concerns point at."""
    needs = [
        Need(c.name, c.weight, c.evidence, "job" if c.source == "ad" else c.source)
        for c in job.competencies
    ]
    for concern in concerns:
        if concern.competency:
            needs.append(Need(concern.competency, 3, concern.text, "notes"))
    return needs


def concerns_of(interview: Interview) -> list[Concern]:
    """Round-one concerns from the notes, in the candidate's words, leaving out dismissed ones."""
    return [
        Concern(text, item.get("competency") or None)
        for item, text in active_items(interview, "concerns")
    ]


def practice_of(interview: Interview) -> list[PracticePoint]:
    """The candidate's own criticism of round one as practice points, less the dismissed ones."""
    return [
        PracticePoint(text, str(item["evidence"]))
        for item, text in active_items(interview, "practice_points")
    ]


def read_interview(
    interview: Interview,
    *,
    count: int | None = None,
    asked_by: str | None = None,
    mastered: Mapping[str, float] | None = None,
    include_mastered: bool = False,
    recently_asked: Iterable[str] = (),
    seed: int = 0,
) -> InterviewReading:
    """Read the interview's job description and notes (stored readings), then plan its questions."""
    job = job_reading(interview)
    concerns = concerns_of(interview)
    people = [Interviewer(p.name, p.role) for p in interview.people.all()]
    plan = plan_questions(
        needs_of(job, concerns),
        people,
        concerns,
        mastered=mastered,
        include_mastered=include_mastered,
        asked_by=asked_by or None,
        count=count,
        had_earlier_round=bool(interview.notes.strip()) or interview.round > 1,
        recently_asked=recently_asked,
        seed=seed,
        practice=practice_of(interview),
    )
    return InterviewReading(job, concerns, plan)
