"""After the interview: the thank-you email (draft, .eml, mailto), how it went with each person,
the dashboard's reminder to send it within 24 hours, and starting the next round from the notes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.db import transaction

from secondround.core.errors import UserError
from secondround.core.followup import (
    Draft,
    Recipient,
    eml_bytes,
    mailto_link,
    next_round_notes,
    thank_you_draft,
    topics_from_notes,
)
from secondround.dayof.models import PersonFollowUp
from secondround.interviews.models import Interview, Person, Status
from secondround.services.dayof import copy_loose_ends, dayof_of
from secondround.services.kit import focus_of


class FollowUpRefused(UserError, ValueError):
    """The follow-up cannot be made yet; the message says what to add, in one sentence."""


def require_people(interview: Interview) -> list[Person]:
    people = list(interview.people.all())
    if not people:
        raise FollowUpRefused(
            f"{interview.company} has nobody to thank yet; add the people you met to the interview."
        )
    return people


def _follow_up(person: Person) -> PersonFollowUp | None:
    # A missing reverse one-to-one raises an AttributeError subclass, so getattr's default works.
    return getattr(person, "follow_up", None)


def notes_by_person(interview: Interview) -> dict[int, tuple[str, str]]:
    """Each person's (email, how it went), empty where not written yet."""
    out = {}
    for person in interview.people.all():
        found = _follow_up(person)
        out[person.pk] = (found.email, found.how_it_went) if found else ("", "")
    return out


def recipients(interview: Interview) -> list[Recipient]:
    notes = notes_by_person(interview)
    return [Recipient(p.name, notes[p.pk][0]) for p in interview.people.all()]


def generated_draft(interview: Interview) -> Draft:
    """The draft written from this round's notes of how it went, or else the plan's focus."""
    people = list(interview.people.all())
    notes = [how for _, how in notes_by_person(interview).values() if how.strip()]
    record = dayof_of(interview)
    return thank_you_draft(
        company=interview.company,
        role=interview.role,
        people=[p.name for p in people],
        topics=topics_from_notes(notes),
        # What the job is about, not the doubts of round one: nobody wants thanks for those.
        focus=[label for label, _ in focus_of(interview, concerns=False)[:2]],
        sender=record.sender_name,
    )


def draft_for(interview: Interview) -> Draft:
    """The candidate's edited draft where they have edited it, else the generated one."""
    record = dayof_of(interview)
    generated = generated_draft(interview)
    return Draft(
        record.thank_you_subject or generated.subject, record.thank_you_body or generated.body
    )


def eml_for(interview: Interview, now: datetime) -> bytes:
    require_people(interview)
    record = dayof_of(interview)
    sender = Recipient(record.sender_name, record.sender_email) if record.sender_email else None
    return eml_bytes(draft_for(interview), recipients(interview), sender, now)


def mailto_for(interview: Interview, draft: Draft | None = None) -> str:
    return mailto_link(draft or draft_for(interview), recipients(interview))


def save_follow_up(interview: Interview, data: dict[str, Any]) -> None:
    """Store the notes per person, their addresses and the email, all or nothing. A subject or
    body left as generated is stored empty, so it keeps following the notes."""
    generated = generated_draft(interview)
    with transaction.atomic():
        for person in interview.people.all():
            PersonFollowUp.objects.update_or_create(
                person=person,
                defaults={
                    "email": data.get(f"email_{person.pk}", "") or "",
                    "how_it_went": (data.get(f"note_{person.pk}", "") or "").strip(),
                },
            )
        record = dayof_of(interview)
        record.sender_name = (data.get("sender_name") or "").strip()
        record.sender_email = data.get("sender_email") or ""
        # Text the candidate left as the page showed it stays generated, so it follows the notes.
        subject, body = data["subject"], data["body"]
        record.thank_you_subject = "" if subject == generated.subject else subject
        record.thank_you_body = "" if body == generated.body.strip() else body
        record.thank_you_sent = bool(data.get("thank_you_sent"))
        record.save()


def restore_draft(interview: Interview) -> None:
    record = dayof_of(interview)
    if record.pk:
        record.thank_you_subject = record.thank_you_body = ""
        record.save(update_fields=["thank_you_subject", "thank_you_body", "updated_at"])


def mark_sent(interview: Interview) -> None:
    record = dayof_of(interview)
    record.thank_you_sent = True
    record.save()


def start_next_round(interview: Interview, today: date) -> Interview:
    """A new interview for the next round: same job and people, no date yet, and notes that are
    the earlier notes plus how this round went with each person."""
    start = interview.local_start
    when = f"{start.day} {start:%B %Y}" if start else f"{today.day} {today:%B %Y}"
    people = list(interview.people.all())
    notes = notes_by_person(interview)
    with transaction.atomic():
        following = Interview.objects.create(
            owner=interview.owner,
            company=interview.company,
            role=interview.role,
            round=min(interview.round + 1, 20),
            timezone=interview.timezone,
            format=interview.format,
            place=interview.place,
            job_description=interview.job_description,
            job_description_source=interview.job_description_source,
            notes=next_round_notes(
                interview.notes,
                interview.round,
                when,
                [(p.name, str(p.get_role_display()), notes[p.pk][1]) for p in people],
            ),
        )
        for person in people:
            Person.objects.create(
                interview=following,
                name=person.name,
                role=person.role,
                title=person.title,
                position=person.position,
            )
        copy_loose_ends(interview, following)
        if interview.status == Status.PREPARING:
            interview.status = Status.DONE
            interview.save(update_fields=["status", "updated_at"])
    return following
