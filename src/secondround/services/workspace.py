"""The interview workspace as the pages and commands see it: saving, listing, readiness."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from django.contrib.auth.models import User
from django.db.models import Count, Q, QuerySet, prefetch_related_objects
from django.utils import timezone

from secondround.core.readiness import ReadinessItem, WorkspaceFacts, readiness
from secondround.core.stories import Story as CoreStory
from secondround.core.timing import countdown
from secondround.interviews.models import Interview, Status
from secondround.practice.models import PracticeSession, SessionStatus
from secondround.services import debrief
from secondround.services.dayof import loose_ends_open, thank_you_reminder
from secondround.services.readings import prefetch_readings
from secondround.services.stories import bank_for, story_facts


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


# What an interview's card and pages read beside the interview itself.
CARD_PREFETCH = ("people", "people__follow_up", "debrief_decisions", "holidays", "references")


def interviews_of(user: User) -> QuerySet[Interview]:
    """Everything the user owns; every page and command starts here, so no one sees another's."""
    finished = Q(practice_sessions__status=SessionStatus.FINISHED)
    unfinished = Q(practice_sessions__status=SessionStatus.IN_PROGRESS)
    return (
        Interview.objects.filter(owner=user)
        .select_related("dayof")
        .prefetch_related(*CARD_PREFETCH)
        .annotate(
            finished_dry_runs=Count("practice_sessions", filter=finished, distinct=True),
            unfinished_dry_runs=Count("practice_sessions", filter=unfinished, distinct=True),
        )
    )


def facts_for(
    interview: Interview,
    promises: tuple[int, list[str]] | None = None,
    today: date | None = None,
    bank: Sequence[CoreStory] | None = None,
) -> WorkspaceFacts:
    """What readiness needs; `promises` is `debrief.promise_state` and `bank` the owner's
    stories, when the caller has them."""
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
        **story_facts(interview, bank),
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
    """The card of one interview (its own page, `interview show`)."""
    return _card(interview, now, None, _latest_unfinished)


def cards_for(user: User, interviews: Sequence[Interview], now: datetime) -> list[InterviewCard]:
    """The cards of many of the user's interviews, with what every card reads fetched once for
    all of them: the notes' readings, the story bank and the unfinished dry runs. A page
    listing twenty interviews makes the same queries as one listing one."""
    interviews = list(interviews)
    if not interviews:
        return []
    # Already fetched where the interviews came from interviews_of; skipped then.
    prefetch_related_objects(interviews, *CARD_PREFETCH)
    prefetch_readings(interviews, ["notes"])
    bank = bank_for(user) if any(i.job_description.strip() for i in interviews) else []
    latest: dict[int, PracticeSession] = {}
    if any(getattr(i, "unfinished_dry_runs", 1) for i in interviews):
        unfinished = PracticeSession.objects.filter(
            interview__in=interviews, status=SessionStatus.IN_PROGRESS
        ).order_by("interview_id", "-created_at", "-id")
        for session in unfinished:
            latest.setdefault(session.interview_id, session)

    def unfinished_of(interview: Interview) -> PracticeSession | None:
        return latest.get(interview.pk)

    return [_card(interview, now, bank, unfinished_of) for interview in interviews]


def _latest_unfinished(interview: Interview) -> PracticeSession | None:
    return (
        interview.practice_sessions.filter(status=SessionStatus.IN_PROGRESS)
        .order_by("-created_at", "-id")
        .first()
    )


def _card(
    interview: Interview,
    now: datetime,
    bank: Sequence[CoreStory] | None,
    unfinished_of: Callable[[Interview], PracticeSession | None],
) -> InterviewCard:
    when = countdown(now, interview.starts_at) if interview.starts_at else None
    promises = debrief.promise_state(interview)
    facts = facts_for(interview, promises, timezone.localdate(now), bank)
    unfinished = unfinished_of(interview) if facts.unfinished_dry_runs else None
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
    # Past cards show a name and a date: what the cards read is fetched for upcoming ones only.
    interviews = list(interviews_of(user).prefetch_related(None))
    upcoming = cards_for(user, [i for i in interviews if is_upcoming(i, now)], now)
    # A past interview is listed by its name and date (its own page shows its checklist), so
    # its readiness is not worked out here: the page stays quick however long the history.
    past = [_past_card(i, now) for i in interviews if not is_upcoming(i, now)]
    upcoming.sort(key=lambda c: (c.interview.starts_at is None, c.interview.starts_at or now))
    past.sort(key=lambda c: c.interview.starts_at or c.interview.created_at, reverse=True)
    return upcoming, past


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
