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
from secondround.services.dayof import loose_ends_open, thank_you_reminder


@dataclass(frozen=True)
class InterviewCard:
    interview: Interview
    countdown: str | None
    checklist: list[ReadinessItem]
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
    finished = Q(practice_sessions__status="finished")
    return (
        Interview.objects.filter(owner=user)
        .select_related("dayof")
        .prefetch_related("people__follow_up", "holidays", "references")
        .annotate(finished_dry_runs=Count("practice_sessions", filter=finished))
    )


def facts_for(interview: Interview, today: date | None = None) -> WorkspaceFacts:
    loose_open, loose_total = loose_ends_open(interview, today or timezone.localdate())
    return WorkspaceFacts(
        has_date=interview.starts_at is not None,
        job_description_words=len(interview.job_description.split()),
        notes_words=len(interview.notes.split()),
        people=len(interview.people.all()),
        round=interview.round,
        dry_runs=_finished_dry_runs(interview),
        loose_ends_open=loose_open,
        loose_ends_total=loose_total,
    )


def _finished_dry_runs(interview: Interview) -> int:
    # Listed interviews carry the count already; a lone one is counted here.
    counted = getattr(interview, "finished_dry_runs", None)
    if counted is not None:
        return int(counted)
    return interview.practice_sessions.filter(status="finished").count()


def card_for(interview: Interview, now: datetime) -> InterviewCard:
    when = countdown(now, interview.starts_at) if interview.starts_at else None
    today = timezone.localdate(now)
    facts = facts_for(interview, today)
    return InterviewCard(
        interview, when, readiness(facts), follow_up=thank_you_reminder(interview, now)
    )


def is_upcoming(interview: Interview, now: datetime) -> bool:
    if interview.status != Status.PREPARING:
        return False
    # Undated interviews are still being prepared for, so they count as upcoming.
    return interview.starts_at is None or interview.starts_at >= now


def dashboard(user: User, now: datetime) -> tuple[list[InterviewCard], list[InterviewCard]]:
    """Upcoming interviews soonest first (undated last), and past ones most recent first."""
    cards = [card_for(i, now) for i in interviews_of(user)]
    upcoming = [c for c in cards if is_upcoming(c.interview, now)]
    past = [c for c in cards if not is_upcoming(c.interview, now)]
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
