"""The interview workspace as the pages and commands see it: saving, listing, readiness."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.forms import BaseInlineFormSet
from django.utils import timezone

from secondround.core.readiness import ReadinessItem, WorkspaceFacts, readiness
from secondround.core.timing import countdown
from secondround.interviews.forms import InterviewForm, PersonForm
from secondround.interviews.models import Interview, Person, Status
from secondround.practice.models import PracticeSession, SessionStatus
from secondround.services import debrief
from secondround.services.dayof import loose_ends_open, thank_you_reminder
from secondround.services.stories import story_facts


@dataclass(frozen=True)
class InterviewCard:
    interview: Interview
    countdown: str | None
    checklist: list[ReadinessItem]
    # The latest dry run started and not finished, to resume.
    unfinished: PracticeSession | None = None
    # What the notes promised and is not done yet.
    open_promises: tuple[str, ...] = ()
    # The reminder to send the thank-you email, in the 24 hours after the interview.
    follow_up: str | None = None

    @property
    def todo(self) -> list[ReadinessItem]:
        return [item for item in self.checklist if not item.done]

    @property
    def prepared_share(self) -> int:
        done = sum(item.done for item in self.checklist)
        return round(100 * done / len(self.checklist)) if self.checklist else 100


def interviews_of(user: User) -> QuerySet[Interview]:
    """Everything the user owns; every page and command starts here, so no one sees another's."""
    finished = Q(practice_sessions__status=SessionStatus.FINISHED)
    unfinished = Q(practice_sessions__status=SessionStatus.IN_PROGRESS)
    return (
        Interview.objects.filter(owner=user)
        .select_related("dayof")
        .prefetch_related(
            "people", "people__follow_up", "debrief_decisions", "holidays", "references"
        )
        .annotate(
            finished_dry_runs=Count("practice_sessions", filter=finished, distinct=True),
            unfinished_dry_runs=Count("practice_sessions", filter=unfinished, distinct=True),
        )
    )


def facts_for(
    interview: Interview,
    promises: tuple[int, list[str]] | None = None,
    today: date | None = None,
) -> WorkspaceFacts:
    """What readiness needs; `promises` is `debrief.promise_state`, when the caller has it."""
    total, open_ = promises if promises is not None else debrief.promise_state(interview)
    loose_open, loose_total = loose_ends_open(interview, today or timezone.localdate())
    return WorkspaceFacts(
        has_date=interview.starts_at is not None,
        job_description_words=len(interview.job_description.split()),
        notes_words=len(interview.notes.split()),
        people=len(interview.people.all()),
        round=interview.round,
        dry_runs=_dry_runs(interview, "finished_dry_runs", SessionStatus.FINISHED),
        unfinished_dry_runs=_dry_runs(interview, "unfinished_dry_runs", SessionStatus.IN_PROGRESS),
        promises=total,
        open_promises=len(open_),
        **story_facts(interview),
        loose_ends_open=loose_open,
        loose_ends_total=loose_total,
    )


def _dry_runs(interview: Interview, counted_as: str, status: str) -> int:
    # Listed interviews carry the count already; a lone one is counted here.
    counted = getattr(interview, counted_as, None)
    if counted is not None:
        return int(counted)
    return interview.practice_sessions.filter(status=status).count()


def card_for(interview: Interview, now: datetime) -> InterviewCard:
    when = countdown(now, interview.starts_at) if interview.starts_at else None
    promises = debrief.promise_state(interview)
    facts = facts_for(interview, promises, timezone.localdate(now))
    unfinished = None
    if facts.unfinished_dry_runs:
        unfinished = (
            interview.practice_sessions.filter(status=SessionStatus.IN_PROGRESS)
            .order_by("-created_at", "-id")
            .first()
        )
    return InterviewCard(
        interview,
        when,
        readiness(facts),
        unfinished,
        tuple(promises[1]),
        follow_up=thank_you_reminder(interview, now),
    )


def is_upcoming(interview: Interview, now: datetime) -> bool:
    if interview.status != Status.PREPARING:
        return False
    # Undated interviews are still being prepared for, so they count as upcoming.
    return interview.starts_at is None or interview.starts_at >= now


def _past_card(interview: Interview, now: datetime) -> InterviewCard:
    when = countdown(now, interview.starts_at) if interview.starts_at else None
    return InterviewCard(interview, when, [], follow_up=thank_you_reminder(interview, now))


def dashboard(user: User, now: datetime) -> tuple[list[InterviewCard], list[InterviewCard]]:
    """Upcoming interviews soonest first (undated last), and past ones most recent first."""
    interviews = list(interviews_of(user))
    upcoming = [card_for(i, now) for i in interviews if is_upcoming(i, now)]
    # A past interview is listed by its name and date (its own page shows its checklist), so
    # its readiness is not worked out here: the page stays quick however long the history.
    past = [_past_card(i, now) for i in interviews if not is_upcoming(i, now)]
    upcoming.sort(key=lambda c: (c.interview.starts_at is None, c.interview.starts_at or now))
    past.sort(key=lambda c: c.interview.starts_at or c.interview.created_at, reverse=True)
    return upcoming, past


def save_workspace(
    form: InterviewForm,
    people: BaseInlineFormSet[Person, Interview, PersonForm],
    owner: User,
) -> Interview:
    """Save an interview and its people together: all of it is stored, or none of it."""
    with transaction.atomic():
        interview = form.save(commit=False)
        interview.owner = owner
        interview.save()
        people.instance = interview
        saved = people.save(commit=False)
        for removed in people.deleted_objects:
            removed.delete()
        for person in saved:
            person.interview = interview
            person.save()
    return interview


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def what_goes(interview: Interview) -> list[str]:
    """What deleting an interview removes with it, in words, for the confirmation page."""
    sessions = interview.practice_sessions.all()
    answers = sum(s.answers.count() for s in sessions)
    marks = sum(s.marks.count() for s in sessions)
    people = interview.people.count()
    decisions = interview.debrief_decisions.count()
    goes = [f"the interview itself: {interview.company}, {interview.role}, round {interview.round}"]
    if interview.job_description:
        goes.append(f"the job description ({len(interview.job_description.split()):,} words)")
    if interview.notes:
        goes.append(f"your notes from earlier rounds ({len(interview.notes.split()):,} words)")
    if people:
        goes.append(_count(people, "person you will meet", "people you will meet"))
    if decisions:
        goes.append(
            _count(decisions, "debrief decision", "debrief decisions")
            + " (confirmed, reworded or dismissed items, promises ticked off)"
        )
    if sessions:
        goes.append(
            f"{_count(len(sessions), 'dry run', 'dry runs')} with "
            f"{_count(answers, 'answer', 'answers')} and their feedback and reports"
        )
    if marks:
        goes.append(_count(marks, "set of a friend's marks", "sets of a friend's marks"))
    return goes
