"""The day-of records of an interview (loose ends, holidays, references, follow-up notes): reading
them into the core's plain facts, saving them, and their part of the export file."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any

from django.db import transaction
from django.forms import BaseInlineFormSet

from secondround.core import loose_ends
from secondround.core.errors import UserError
from secondround.core.followup import FollowUpError, check_address
from secondround.core.loose_ends import (
    NOTICE_UNITS,
    LooseEnd,
    LooseEndsError,
    LooseEndsFacts,
    check_commute,
    check_holiday,
    check_notice,
    checklist,
    employer_questions,
    open_count,
)
from secondround.dayof.forms import LooseEndsForm
from secondround.dayof.models import DayOf, Holiday, PersonFollowUp, Reference
from secondround.interviews.models import Format, Interview, Status

MAX_TEXT = 10_000
SEND_WITHIN = timedelta(hours=24)


class DayOfImportError(UserError, ValueError):
    """The day-of part of an export is not valid; the message is one sentence."""


def dayof_of(interview: Interview) -> DayOf:
    """The interview's day-of record, or a fresh unsaved one (nothing is stored by reading)."""
    try:
        return interview.dayof
    except DayOf.DoesNotExist:
        return DayOf(interview=interview)


def facts_of(interview: Interview, today: date) -> LooseEndsFacts:
    record = dayof_of(interview)
    notice = None
    if record.notice_amount is not None:
        try:
            notice = check_notice(record.notice_amount, record.notice_unit)
        except LooseEndsError:
            notice = None
    start = interview.local_start
    return LooseEndsFacts(
        today=today,
        notice=notice,
        holidays=[
            loose_ends.Holiday(h.first_day, h.last_day, h.note) for h in interview.holidays.all()
        ],
        no_holidays=record.no_holidays,
        on_site=interview.format == Format.ON_SITE,
        commute_minutes=record.commute_minutes,
        commute_mode=record.commute_mode,
        route=record.route,
        journey_tested=record.journey_tested,
        interview_time=f"{start:%A} {start:%H:%M}" if start else "",
        documents=record.documents,
        references=[
            loose_ends.Reference(r.name, r.relationship, r.asked)
            for r in interview.references.all()
        ],
        right_to_work=record.right_to_work,
        adjustments=record.adjustments,
        answers=dict(record.answers or {}),
    )


def loose_ends_for(interview: Interview, today: date) -> list[LooseEnd]:
    """The checklist with the candidate's prepared answers, flagged where still empty."""
    return checklist(facts_of(interview, today))


def loose_ends_open(interview: Interview, today: date) -> tuple[int, int]:
    """How many loose ends still have no prepared answer, out of how many."""
    items = loose_ends_for(interview, today)
    return open_count(items), len(items)


def save_loose_ends(
    interview: Interview,
    form: LooseEndsForm,
    holidays: BaseInlineFormSet[Any, Any, Any],
    references: BaseInlineFormSet[Any, Any, Any],
) -> DayOf:
    """Store the loose ends, holidays and references together: all of it, or none of it."""
    with transaction.atomic():
        record = form.save(commit=False)
        record.interview = interview
        record.save()
        for formset in (holidays, references):
            formset.instance = interview
            saved = formset.save(commit=False)
            for removed in formset.deleted_objects:
                removed.delete()
            for row in saved:
                row.interview = interview
                row.save()
    return record


LOOSE_END_FIELDS = (
    "notice_amount",
    "notice_unit",
    "no_holidays",
    "commute_minutes",
    "commute_mode",
    "route",
    "documents",
    "right_to_work",
    "adjustments",
    "answers",
    "sender_name",
    "sender_email",
)


def copy_loose_ends(source: Interview, target: Interview) -> None:
    """Give the next round the candidate's own loose ends (notice, holidays, references, the
    journey...), which do not change between rounds; the thank-you and "tested" stay behind."""
    record = dayof_of(source)
    if record.pk:
        DayOf.objects.create(
            interview=target, **{name: getattr(record, name) for name in LOOSE_END_FIELDS}
        )
    for holiday in source.holidays.all():
        Holiday.objects.create(
            interview=target,
            first_day=holiday.first_day,
            last_day=holiday.last_day,
            note=holiday.note,
        )
    for reference in source.references.all():
        Reference.objects.create(
            interview=target,
            name=reference.name,
            relationship=reference.relationship,
            contact=reference.contact,
            asked=reference.asked,
        )


def thank_you_reminder(interview: Interview, now: datetime) -> str | None:
    """The dashboard's nudge, from the end of the interview until 24 hours after it."""
    if interview.starts_at is None or interview.status not in (Status.PREPARING, Status.DONE):
        return None
    record = dayof_of(interview)
    if record.thank_you_sent:
        return None
    ends = interview.starts_at + timedelta(minutes=record.duration_minutes)
    if not ends <= now < ends + SEND_WITHIN:
        return None
    left = ends + SEND_WITHIN - now
    hours = round(left.total_seconds() / 3600)
    when = f"about {hours} hours left" if left >= timedelta(hours=2) else "less than 2 hours left"
    return f"Send your thank-you email to {interview.company} within 24 hours ({when})."


# --- export and import -------------------------------------------------------------------------

_DAYOF_TEXT = (
    "notice_unit",
    "commute_mode",
    "route",
    "documents",
    "right_to_work",
    "adjustments",
    "sender_name",
    "sender_email",
    "thank_you_subject",
    "thank_you_body",
)
_DAYOF_FLAGS = ("no_holidays", "journey_tested", "thank_you_sent")


def export_dayof(interview: Interview) -> dict[str, Any] | None:
    """The interview's day-of records as JSON-ready data; None when there are none."""
    people = [p for p in interview.people.all() if hasattr(p, "follow_up")]
    holidays = list(interview.holidays.all())
    references = list(interview.references.all())
    # dayof_of may have cached an unsaved record on the interview: only a stored one counts.
    stored = dayof_of(interview)
    record = stored if stored.pk is not None else None
    if record is None and not (people or holidays or references):
        return None
    out: dict[str, Any] = {
        "holidays": [
            {
                "uuid": str(h.uuid),
                "first_day": h.first_day.isoformat(),
                "last_day": h.last_day.isoformat(),
                "note": h.note,
            }
            for h in holidays
        ],
        "references": [
            {
                "uuid": str(r.uuid),
                "name": r.name,
                "relationship": r.relationship,
                "contact": r.contact,
                "asked": r.asked,
            }
            for r in references
        ],
        "people": [
            {
                "person": str(p.uuid),
                "email": p.follow_up.email,
                "how_it_went": p.follow_up.how_it_went,
            }
            for p in people
        ],
    }
    if record is not None:
        out["record"] = {
            "uuid": str(record.uuid),
            "notice_amount": record.notice_amount,
            "commute_minutes": record.commute_minutes,
            "duration_minutes": record.duration_minutes,
            "answers": record.answers,
            **{key: getattr(record, key) for key in _DAYOF_TEXT + _DAYOF_FLAGS},
        }
    return out


def _refuse(what: str) -> DayOfImportError:
    return DayOfImportError(f"has a day-of kit {what}")


def _uuid(value: Any) -> None:
    try:
        uuid.UUID(str(value))
    except ValueError as exc:
        raise _refuse("with a record id that is not valid") from exc


def _string(item: dict[str, Any], key: str) -> str:
    value = item.get(key, "")
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise _refuse(f"with a {key.replace('_', ' ')} that is not text or is too long")
    return value


def _day(value: Any) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise _refuse(f"with a holiday date that is not a date ({value})") from exc


def _address(value: str) -> None:
    if value.strip():
        try:
            check_address(value)
        except FollowUpError as exc:
            raise _refuse(f"with an email address that is not one ({value})") from exc


def check_dayof(data: Any, people: set[str]) -> None:
    """Refuse a day-of part that is not what export_dayof writes (DayOfImportError)."""
    if data is None:
        return
    if not isinstance(data, dict):
        raise _refuse("that is not a record")
    for key in ("holidays", "references", "people"):
        if not isinstance(data.get(key, []), list):
            raise _refuse(f"with {key} that are not a list")
    for holiday in data.get("holidays", []):
        if not isinstance(holiday, dict):
            raise _refuse("with a holiday that is not a record")
        _uuid(holiday.get("uuid"))
        _string(holiday, "note")
        try:
            check_holiday(_day(holiday.get("first_day")), _day(holiday.get("last_day")))
        except LooseEndsError as exc:
            raise _refuse("with a holiday that ends before it starts") from exc
    for reference in data.get("references", []):
        if not isinstance(reference, dict) or not isinstance(reference.get("asked", False), bool):
            raise _refuse("with a reference that is not valid")
        _uuid(reference.get("uuid"))
        if not _string(reference, "name").strip():
            raise _refuse("with a reference without a name")
        for key in ("relationship", "contact"):
            _string(reference, key)
    for note in data.get("people", []):
        if not isinstance(note, dict) or str(note.get("person")) not in people:
            raise _refuse("with a note for someone who is not among the interview's people")
        _address(_string(note, "email"))
        _string(note, "how_it_went")
    record = data.get("record")
    if record is None:
        return
    if not isinstance(record, dict):
        raise _refuse("that is not a record")
    _uuid(record.get("uuid"))
    for key in _DAYOF_TEXT:
        _string(record, key)
    _address(record.get("sender_email") or "")
    for key in _DAYOF_FLAGS:
        if not isinstance(record.get(key, False), bool):
            raise _refuse(f"with a {key.replace('_', ' ')} that is not true or false")
    for key in ("notice_amount", "commute_minutes", "duration_minutes"):
        value = record.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise _refuse(f"with a {key.replace('_', ' ')} that is not a whole number")
    unit = record.get("notice_unit") or "weeks"
    if unit not in NOTICE_UNITS:
        raise _refuse("with an unknown notice unit")
    try:
        check_notice(record.get("notice_amount"), unit)
        check_commute(record.get("commute_minutes"))
    except LooseEndsError as exc:
        raise _refuse(f"that is not valid: {str(exc)[0].lower()}{str(exc)[1:-1]}") from exc
    duration = record.get("duration_minutes", 60)
    if duration is None or not 10 <= duration <= 480:
        raise _refuse("with an interview length that is not 10 to 480 minutes")
    answers = record.get("answers", {})
    known = {q.key for q in employer_questions()}
    if not isinstance(answers, dict) or not all(
        k in known and isinstance(v, str) and len(v) <= MAX_TEXT for k, v in answers.items()
    ):
        raise _refuse("with prepared answers that are not valid")


def import_dayof(interview: Interview, data: dict[str, Any] | None) -> None:
    """Write a checked day-of part (inside the caller's transaction); same file twice updates."""
    if data is None:
        return
    record = data.get("record")
    if record is not None:
        fields = {key: record.get(key, "") or "" for key in _DAYOF_TEXT}
        fields["notice_unit"] = fields["notice_unit"] or "weeks"
        fields.update({key: bool(record.get(key, False)) for key in _DAYOF_FLAGS})
        DayOf.objects.update_or_create(
            interview=interview,
            defaults={
                **fields,
                "uuid": uuid.UUID(str(record["uuid"])),
                "notice_amount": record.get("notice_amount"),
                "commute_minutes": record.get("commute_minutes"),
                "duration_minutes": record.get("duration_minutes", 60),
                "answers": record.get("answers") or {},
            },
        )
    keep = []
    for holiday in data.get("holidays", []):
        Holiday.objects.update_or_create(
            uuid=uuid.UUID(str(holiday["uuid"])),
            defaults={
                "interview": interview,
                "first_day": date.fromisoformat(holiday["first_day"]),
                "last_day": date.fromisoformat(holiday["last_day"]),
                "note": holiday.get("note") or "",
            },
        )
        keep.append(uuid.UUID(str(holiday["uuid"])))
    interview.holidays.exclude(uuid__in=keep).delete()
    keep = []
    for reference in data.get("references", []):
        Reference.objects.update_or_create(
            uuid=uuid.UUID(str(reference["uuid"])),
            defaults={
                "interview": interview,
                "name": reference["name"].strip(),
                "relationship": reference.get("relationship") or "",
                "contact": reference.get("contact") or "",
                "asked": bool(reference.get("asked", False)),
            },
        )
        keep.append(uuid.UUID(str(reference["uuid"])))
    interview.references.exclude(uuid__in=keep).delete()
    people = {str(p.uuid): p for p in interview.people.all()}
    for note in data.get("people", []):
        PersonFollowUp.objects.update_or_create(
            person=people[str(note["person"])],
            defaults={
                "email": note.get("email") or "",
                "how_it_went": note.get("how_it_went") or "",
            },
        )
