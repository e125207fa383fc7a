"""All of a user's data in one versioned JSON file, and back.

The file is checked whole before anything is written, and the import runs in one transaction,
so a bad file changes nothing. Records carry UUIDs: importing the same file twice updates rather
than duplicates, and a file whose records belong to another account is refused.
"""

from __future__ import annotations

import json
import uuid
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from secondround import __version__
from secondround.interviews.models import Format, Interview, Person, PersonRole, Status
from secondround.planning.models import DebriefDecision, Decision
from secondround.practice.models import (
    MARK_FIELDS,
    FriendMark,
    Hedging,
    PracticeAnswer,
    PracticeSession,
    SessionStatus,
)
from secondround.services.documents import MAX_TEXT_CHARS

FORMAT_NAME = "secondround-export"
FORMAT_VERSION = 1

# Upgrade steps from older file versions, httpie-style: UPGRADES[n] turns version n into n + 1.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class ImportRefused(ValueError):
    """The file cannot be imported; the message says why in one sentence. Nothing was changed."""


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    people: int


def export_data(user: User) -> dict[str, Any]:
    """Everything the user owns, as plain JSON-ready data."""
    interviews = (
        Interview.objects.filter(owner=user)
        .prefetch_related("people", "debrief_decisions")
        .order_by("id")
    )
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": timezone.now().isoformat(),
        "interviews": [interview_to_dict(i) for i in interviews],
        "practice_sessions": [
            session_to_dict(s)
            for s in PracticeSession.objects.filter(owner=user)
            .select_related("interview")
            .prefetch_related("answers", "marks")
            .order_by("id")
        ],
    }


def session_to_dict(session: PracticeSession) -> dict[str, Any]:
    return {
        "uuid": str(session.uuid),
        "interview": str(session.interview.uuid),
        "asked_by": session.asked_by,
        "length": session.length,
        "plan": session.plan,
        "status": session.status,
        "created_at": session.created_at.isoformat(),
        "finished_at": session.finished_at.isoformat() if session.finished_at else None,
        "answers": [
            {
                "uuid": str(a.uuid),
                "position": a.position,
                "is_probe": a.is_probe,
                "prompt": a.prompt,
                "text": a.text,
                "duration_s": a.duration_s,
                "feedback": a.feedback,
                "overall": a.overall,
                "created_at": a.created_at.isoformat(),
            }
            for a in session.answers.all()
        ],
        "marks": [
            {
                "uuid": str(m.uuid),
                "position": m.position,
                **{name: getattr(m, name) for name in MARK_FIELDS},
            }
            for m in session.marks.all()
        ],
    }


def interview_to_dict(interview: Interview) -> dict[str, Any]:
    return {
        "uuid": str(interview.uuid),
        "company": interview.company,
        "role": interview.role,
        "round": interview.round,
        "starts_at": interview.starts_at.astimezone(UTC).isoformat()
        if interview.starts_at
        else None,
        "timezone": interview.timezone,
        "format": interview.format,
        "place": interview.place,
        "job_description": interview.job_description,
        "job_description_source": interview.job_description_source,
        "notes": interview.notes,
        "status": interview.status,
        "created_at": interview.created_at.isoformat(),
        "people": [
            {"uuid": str(p.uuid), "name": p.name, "role": p.role, "title": p.title}
            for p in interview.people.all()
        ],
        "debrief_decisions": [
            {"kind": d.kind, "evidence": d.evidence, "status": d.status, "text": d.text}
            for d in interview.debrief_decisions.all()
        ],
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def parse_export(raw: bytes | str) -> dict[str, Any]:
    """Parse and validate an export file; raise ImportRefused with one sentence if it is bad."""
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        data = json.loads(text)
    except UnicodeDecodeError as exc:
        raise ImportRefused("The file is not a secondround export (it is not text).") from exc
    except json.JSONDecodeError as exc:
        raise ImportRefused(
            f"The file is not valid JSON (line {exc.lineno}): it may be truncated or damaged."
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ImportRefused("The file is not a secondround export.")
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise ImportRefused("The export file has no valid version number.")
    if version > FORMAT_VERSION:
        raise ImportRefused(
            f"The file was written by a newer secondround (format {version}); this version "
            f"reads format {FORMAT_VERSION} or older, so upgrade secondround to import it."
        )
    while version < FORMAT_VERSION:
        data = UPGRADES[version](data)
        version += 1
    interviews = data.get("interviews")
    if not isinstance(interviews, list):
        raise ImportRefused("The export file has no list of interviews.")
    for index, item in enumerate(interviews, start=1):
        _check_interview(item, index)
    sessions = data.setdefault("practice_sessions", [])
    if not isinstance(sessions, list):
        raise ImportRefused("The export file's dry runs are not a list.")
    known = {str(item["uuid"]) for item in interviews}
    for index, session in enumerate(sessions, start=1):
        _check_session(session, index, known)
    return data


def _session_fail(index: int, what: str) -> ImportRefused:
    return ImportRefused(f"Dry run {index} in the file {what}; nothing was imported.")


def _check_session(item: Any, index: int, interviews: set[str]) -> None:
    if not isinstance(item, dict):
        raise _session_fail(index, "is not a record")
    for key in ("uuid",):
        try:
            uuid.UUID(str(item.get(key)))
        except ValueError as exc:
            raise _session_fail(index, "has a record id that is not valid") from exc
    if str(item.get("interview")) not in interviews:
        raise _session_fail(index, "belongs to no interview in the file")
    if not isinstance(item.get("plan"), list) or not all(
        isinstance(q, dict) and isinstance(q.get("text"), str) for q in item["plan"]
    ):
        raise _session_fail(index, "has no valid list of questions")
    if item.get("status", SessionStatus.IN_PROGRESS) not in SessionStatus.values:
        raise _session_fail(index, "has an unknown status")
    for key in ("created_at", "finished_at"):
        try:
            _moment(item.get(key), index)
        except ImportRefused as exc:
            raise _session_fail(index, "has a time that is not a date") from exc
    answers, marks = item.get("answers", []), item.get("marks", [])
    if not isinstance(answers, list) or not isinstance(marks, list):
        raise _session_fail(index, "has answers or marks that are not lists")
    for answer in answers:
        if not isinstance(answer, dict) or not isinstance(answer.get("text"), str):
            raise _session_fail(index, "has an answer without text")
        if not isinstance(answer.get("position"), int) or not isinstance(
            answer.get("feedback", {}), dict
        ):
            raise _session_fail(index, "has an answer that is not valid")
        try:
            uuid.UUID(str(answer.get("uuid")))
            _moment(answer.get("created_at"), index)
        except (ValueError, ImportRefused) as exc:
            raise _session_fail(index, "has an answer that is not valid") from exc
    for mark in marks:
        if (
            not isinstance(mark, dict)
            or not isinstance(mark.get("position"), int)
            or mark.get("hedging", Hedging.NONE) not in Hedging.values
        ):
            raise _session_fail(index, "has a friend's mark that is not valid")
        try:
            uuid.UUID(str(mark.get("uuid")))
        except ValueError as exc:
            raise _session_fail(index, "has a friend's mark that is not valid") from exc


def _fail(index: int, what: str) -> ImportRefused:
    return ImportRefused(f"Interview {index} in the file {what}; nothing was imported.")


def _text(item: dict[str, Any], key: str, index: int, required: bool = False) -> str:
    value = item.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise _fail(index, f"has a {key} that is not text")
    if required and not value.strip():
        raise _fail(index, f"has no {key}")
    if len(value) > MAX_TEXT_CHARS:
        raise _fail(index, f"has a {key} that is too long")
    return value


def _uuid(value: Any, index: int) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError as exc:
        raise _fail(index, "has a record id that is not valid") from exc


def _moment(value: Any, index: int) -> None:
    if value is None:
        return
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise _fail(index, f"has a time that is not a date ({value})") from exc
    if moment.tzinfo is None:
        raise _fail(index, f"has a time without a time zone ({value})")


def _check_interview(item: Any, index: int) -> None:
    if not isinstance(item, dict):
        raise _fail(index, "is not a record")
    _uuid(item.get("uuid"), index)
    for key in ("company", "role"):
        _text(item, key, index, required=True)
    for key in ("place", "job_description", "job_description_source", "notes", "timezone"):
        _text(item, key, index)
    if not isinstance(item.get("round", 2), int) or not 1 <= item.get("round", 2) <= 20:
        raise _fail(index, "has a round that is not a number from 1 to 20")
    if item.get("format", Format.ON_SITE) not in Format.values:
        raise _fail(index, "has an unknown format")
    if item.get("status", Status.PREPARING) not in Status.values:
        raise _fail(index, "has an unknown status")
    zone = item.get("timezone") or "UTC"
    try:
        zoneinfo.ZoneInfo(zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise _fail(index, f"has an unknown time zone ({zone})") from exc
    for key in ("starts_at", "created_at"):
        _moment(item.get(key), index)
    people = item.get("people", [])
    if not isinstance(people, list):
        raise _fail(index, "has people that are not a list")
    decisions = item.get("debrief_decisions", [])
    if not isinstance(decisions, list) or not all(
        isinstance(d, dict)
        and isinstance(d.get("kind"), str)
        and isinstance(d.get("evidence"), str)
        and d.get("status") in Decision.values
        for d in decisions
    ):
        raise _fail(index, "has debrief decisions that are not valid")
    for person in people:
        if not isinstance(person, dict):
            raise _fail(index, "has a person who is not a record")
        _uuid(person.get("uuid"), index)
        _text(person, "name", index, required=True)
        _text(person, "title", index)
        if person.get("role", PersonRole.OTHER) not in PersonRole.values:
            raise _fail(index, "has a person with an unknown role")


def import_data(user: User, data: dict[str, Any]) -> ImportSummary:
    """Write a validated export into the user's records, all or nothing."""
    interviews = data["interviews"]
    interview_ids = [_uuid(i["uuid"], n) for n, i in enumerate(interviews, start=1)]
    person_ids = [
        _uuid(p["uuid"], n) for n, i in enumerate(interviews, start=1) for p in i.get("people", [])
    ]
    if len(set(interview_ids)) != len(interview_ids) or len(set(person_ids)) != len(person_ids):
        raise ImportRefused("The file holds the same record twice; nothing was imported.")
    session_ids = [uuid.UUID(str(s["uuid"])) for s in data.get("practice_sessions", [])]
    foreign = (
        Interview.objects.filter(uuid__in=interview_ids).exclude(owner=user).exists()
        or Person.objects.filter(uuid__in=person_ids).exclude(interview__owner=user).exists()
        or PracticeSession.objects.filter(uuid__in=session_ids).exclude(owner=user).exists()
    )
    if foreign:
        raise ImportRefused(
            "The file holds records that belong to another account here; nothing was imported."
        )
    created = updated = people_count = 0
    with transaction.atomic():
        for item in interviews:
            fields = {
                "company": item["company"].strip(),
                "role": item["role"].strip(),
                "round": item.get("round", 2),
                "starts_at": (
                    datetime.fromisoformat(item["starts_at"]) if item.get("starts_at") else None
                ),
                "timezone": item.get("timezone") or "UTC",
                "format": item.get("format", Format.ON_SITE),
                "place": item.get("place") or "",
                "job_description": item.get("job_description") or "",
                "job_description_source": item.get("job_description_source") or "",
                "notes": item.get("notes") or "",
                "status": item.get("status", Status.PREPARING),
            }
            interview, was_created = Interview.objects.update_or_create(
                uuid=uuid.UUID(item["uuid"]), owner=user, defaults=fields
            )
            if was_created and item.get("created_at"):
                # auto_now_add ignores a given value on insert, so restore the original date after.
                Interview.objects.filter(pk=interview.pk).update(
                    created_at=datetime.fromisoformat(item["created_at"])
                )
            created += was_created
            updated += not was_created
            keep = []
            for person in item.get("people", []):
                Person.objects.update_or_create(
                    uuid=uuid.UUID(person["uuid"]),
                    defaults={
                        "interview": interview,
                        "name": person["name"].strip(),
                        "role": person.get("role", PersonRole.OTHER),
                        "title": person.get("title") or "",
                    },
                )
                keep.append(uuid.UUID(person["uuid"]))
                people_count += 1
            interview.people.exclude(uuid__in=keep).delete()
            for decision in item.get("debrief_decisions", []):
                DebriefDecision.objects.update_or_create(
                    interview=interview,
                    kind=decision["kind"],
                    evidence=decision["evidence"],
                    defaults={"status": decision["status"], "text": decision.get("text") or ""},
                )
        for item in data.get("practice_sessions", []):
            _import_session(user, item)
    return ImportSummary(created=created, updated=updated, people=people_count)


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _import_session(user: User, item: dict[str, Any]) -> None:
    session, _ = PracticeSession.objects.update_or_create(
        uuid=uuid.UUID(str(item["uuid"])),
        owner=user,
        defaults={
            "interview": Interview.objects.get(uuid=uuid.UUID(str(item["interview"]))),
            "asked_by": item.get("asked_by") or "",
            "length": item.get("length") or len(item["plan"]),
            "plan": item["plan"],
            "status": item.get("status", SessionStatus.IN_PROGRESS),
            "finished_at": _when(item.get("finished_at")),
        },
    )
    if item.get("created_at"):
        PracticeSession.objects.filter(pk=session.pk).update(created_at=_when(item["created_at"]))
    for answer in item.get("answers", []):
        stored, _ = PracticeAnswer.objects.update_or_create(
            uuid=uuid.UUID(str(answer["uuid"])),
            session=session,
            defaults={
                "position": answer["position"],
                "is_probe": bool(answer.get("is_probe")),
                "prompt": answer.get("prompt") or "",
                "text": answer["text"],
                "duration_s": answer.get("duration_s"),
                "feedback": answer.get("feedback") or {},
                "overall": int(answer.get("overall") or 0),
            },
        )
        if answer.get("created_at"):
            PracticeAnswer.objects.filter(pk=stored.pk).update(
                created_at=_when(answer["created_at"])
            )
    # Scored once the answers are in, with their original times (which decide the latest).
    session.refresh_scores()
    for mark in item.get("marks", []):
        FriendMark.objects.update_or_create(
            session=session,
            position=mark["position"],
            defaults={
                "uuid": uuid.UUID(str(mark["uuid"])),
                **{name: mark[name] for name in MARK_FIELDS if name in mark},
            },
        )
