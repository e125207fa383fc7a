"""The day-of kit of one interview: the prep pack (page and PDF) and the calendar file.

The core builds both from plain inputs; this module is the only place that reads them out of the
stored interview, so the page, the PDF, `secondround kit` and `secondround calendar` agree.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from secondround.core.calendar import (
    Attendee,
    CalendarInterview,
    Slot,
    calendar_file,
    practice_slots,
)
from secondround.core.competencies import competency_label
from secondround.core.errors import UserError
from secondround.core.jobs import analyse_job
from secondround.core.kit import KitPerson, PrepPack, build_pack, pack_pdf
from secondround.interviews.models import Format, Interview, Status
from secondround.services import asking, salary
from secondround.services.dayof import dayof_of, loose_ends_for
from secondround.services.debrief import active_items
from secondround.services.planning import concerns_of, needs_of, read_interview
from secondround.services.stories import assign_for_questions

# The plan's questions the pack finds stories for: a second round rarely asks more.
PLAN_QUESTIONS = 10


class KitError(UserError, ValueError):
    """The kit cannot be made yet; the message says what to add, in one sentence."""


def when_text(interview: Interview) -> str:
    """ "Thursday 3 December 2026, 14:30 to 15:30 (Europe/London)", or that there is no date."""
    start = interview.local_start
    if start is None:
        return "No date yet"
    end = start + timedelta(minutes=dayof_of(interview).duration_minutes)
    return (
        f"{start:%A} {start.day} {start:%B %Y}, {start:%H:%M} to {end:%H:%M} ({interview.timezone})"
    )


def focus_of(interview: Interview, concerns: bool = True) -> list[tuple[str, str]]:
    """The key competencies to prepare, most important first, each with why: the ad's words,
    or the round-one concern (which comes first among equals: they will follow it up)."""
    job = analyse_job(interview.job_description, title=interview.role or None)
    best: dict[str, tuple[int, bool, str]] = {}
    for need in needs_of(job, concerns_of(interview) if concerns else []):
        from_notes = need.source == "notes"
        reason = f'Raised last round: "{need.evidence}"' if from_notes else need.evidence
        current = best.get(need.competency)
        if current is None or (need.weight, from_notes) > current[:2]:
            kept = reason or (current[2] if current else "")
            best[need.competency] = (need.weight, from_notes, kept)
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], not item[1][1]))
    return [(competency_label(key), why) for key, (_, _, why) in ranked]


def _questions_to_ask(interview: Interview) -> list[tuple[str, list[str]]] | None:
    return asking.questions_for_kit(interview) or None


def _salary(interview: Interview, today: date) -> tuple[str, str] | None:
    return salary.salary_for_kit(interview, today)


def _stories(interview: Interview) -> list[tuple[str, str]]:
    """The stories the story bank assigns to the plan's first questions, each once, with the
    question it answers; empty while the bank holds no story that fits."""
    questions = [
        q.to_dict() for q in read_interview(interview, count=PLAN_QUESTIONS).plan.questions
    ]
    assigned = assign_for_questions(interview.owner, interview, questions)
    told: set[str] = set()
    out: list[tuple[str, str]] = []
    for question, assignment in zip(questions, assigned, strict=True):
        story = assignment.story
        if story is None or story.key in told:
            continue
        told.add(story.key)
        key = question.get("competency")
        topic = f"{competency_label(key)}: " if isinstance(key, str) and key else ""
        out.append((story.title, f"{topic}{question['text']}"))
    return out


def route_text(interview: Interview) -> str:
    record = dayof_of(interview)
    if interview.format != Format.ON_SITE:
        return f"{interview.get_format_display()}: test the link or line beforehand."
    parts = []
    if record.commute_minutes:
        parts.append(f"{record.commute_minutes} minutes {record.commute_mode}".strip() + ".")
    if record.route.strip():
        parts.append(record.route.strip())
    return " ".join(parts)


def pack_for(interview: Interview, today: date) -> PrepPack:
    """The one-page prep pack of an interview, from everything stored about it."""
    people = [KitPerson(p.name, str(p.get_role_display()), p.title) for p in interview.people.all()]
    loose = loose_ends_for(interview, today)
    return build_pack(
        company=interview.company,
        role=interview.role,
        round=interview.round,
        when=when_text(interview),
        format=str(interview.get_format_display()),
        place=interview.place,
        people=people,
        route=route_text(interview),
        competencies=focus_of(interview),
        stories=_stories(interview),
        questions=_questions_to_ask(interview),
        salary=_salary(interview, today),
        debrief_points=[text for _, text in active_items(interview, "concerns")]
        + [text for _, text in active_items(interview, "topics")],
        promises=[text for _, text in active_items(interview, "promises")],
        open_loose_ends=[item.question for item in loose if not item.prepared],
    )


def kit_pdf(interview: Interview, today: date) -> bytes:
    return pack_pdf(pack_for(interview, today), today)


def download_name(interview: Interview, suffix: str) -> str:
    """A safe file name, "northwind-round-2-prep-pack.pdf": ASCII only, as an HTTP header and
    every file system accept it ("Łódź SA" becomes "odz-sa", "Zoë" "zoe")."""
    plain = unicodedata.normalize("NFKD", interview.company.lower()).encode("ascii", "ignore")
    words = "".join(c if c.isalnum() else "-" for c in plain.decode()).split("-")
    stem = "-".join(w for w in words if w)[:40] or "interview"
    return f"{stem}-round-{interview.round}{suffix}"


def zone_name(interview: Interview) -> str:
    try:
        ZoneInfo(interview.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return interview.timezone


def calendar_interview(interview: Interview, focus: list[str] | None = None) -> CalendarInterview:
    if interview.starts_at is None:
        raise KitError(
            f"{interview.company} has no date yet; add the date and time before making a calendar."
        )
    record = dayof_of(interview)
    emails = {
        p.pk: getattr(getattr(p, "follow_up", None), "email", "") for p in interview.people.all()
    }
    return CalendarInterview(
        uid=str(interview.uuid),
        company=interview.company,
        role=interview.role,
        round=interview.round,
        start=interview.starts_at,
        duration=timedelta(minutes=record.duration_minutes),
        timezone=zone_name(interview),
        place=interview.place,
        format=str(interview.get_format_display()),
        people=[
            Attendee(p.name, str(p.get_role_display()), emails.get(p.pk) or "")
            for p in interview.people.all()
        ],
        commute_minutes=record.commute_minutes if interview.format == Format.ON_SITE else None,
        focus=focus if focus is not None else [label for label, _ in focus_of(interview)[:3]],
    )


def busy_times(interview: Interview, now: datetime) -> list[Slot]:
    """The candidate's other upcoming interviews and their own practice sessions, which this
    interview's practice must not land on."""
    others = (
        Interview.objects.filter(owner=interview.owner, status=Status.PREPARING)
        .filter(starts_at__gte=now)
        .exclude(pk=interview.pk)
        .select_related("dayof")
        .prefetch_related("people")
    )
    busy: list[Slot] = []
    for other in others:
        event = calendar_interview(other, focus=[])
        busy.append(Slot(event.start, event.end))
        busy += practice_slots(now, event)
    return busy


def practice_for(interview: Interview, now: datetime) -> list[Slot]:
    # Only the times are needed here: no need to read the job ad for the sessions' focus.
    event = calendar_interview(interview, focus=[])
    return practice_slots(now, event, busy=busy_times(interview, now))


def kit_calendar(interview: Interview, now: datetime) -> bytes:
    """The .ics file of the interview; KitError when the interview has no date."""
    event = calendar_interview(interview)
    return calendar_file(event, practice_slots(now, event, busy=busy_times(interview, now)), now)
