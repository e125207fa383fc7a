"""All of a user's data in one versioned JSON file, and back.

The file is checked whole before anything is written, and the import runs in one transaction,
so a bad file changes nothing. Records carry UUIDs: importing the same file twice updates rather
than duplicates, and a file whose records belong to another account is refused.
"""

from __future__ import annotations

import json
import math
import textwrap
import uuid
import zoneinfo
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TextIO

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from secondround import __version__
from secondround.core.errors import RefusedImportError
from secondround.interviews.models import Format, Interview, Person, PersonRole, Status
from secondround.planning.models import DebriefDecision
from secondround.practice.models import (
    MARK_FIELDS,
    FriendMark,
    Hedging,
    PracticeAnswer,
    PracticeSession,
    SessionStatus,
)
from secondround.services import asking, salary
from secondround.services import export_schema as schema
from secondround.services.dayof import DayOfImportError, check_dayof, export_dayof, import_dayof
from secondround.services.stories import check_stories, export_stories, import_stories

FORMAT_NAME = "secondround-export"
FORMAT_VERSION = 1

# Upgrade steps from older file versions, httpie-style: UPGRADES[n] turns version n into n + 1.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class ImportRefused(RefusedImportError, ValueError):
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
        .prefetch_related("people__follow_up", "holidays", "references")
        .select_related("dayof")
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
        "stories": export_stories(user),
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
        "questions_to_ask": asking.export_asking(interview),
        "salary": salary.export_salary(interview),
        "dayof": export_dayof(interview),
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_export(user: User, out: TextIO) -> int:
    """Write everything the user owns to `out` as it is read, a few records at a time, so the
    memory an export needs does not grow with the history. Returns the number of interviews.

    The text is the same as `dumps(export_data(user))`.
    """
    out.write("{\n")
    for key, value in _header().items():
        out.write(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
    interviews = (
        Interview.objects.filter(owner=user)
        .prefetch_related("people", "debrief_decisions")
        .order_by("id")
        .iterator(chunk_size=50)
    )
    count = _write_list(out, "interviews", map(interview_to_dict, interviews))
    out.write(",\n")
    sessions = (
        PracticeSession.objects.filter(owner=user)
        .select_related("interview")
        .prefetch_related("answers", "marks")
        .order_by("id")
        .iterator(chunk_size=20)
    )
    _write_list(out, "practice_sessions", map(session_to_dict, sessions))
    out.write(",\n")
    _write_list(out, "stories", export_stories(user))
    out.write("\n}\n")
    return count


def _header() -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": timezone.now().isoformat(),
    }


def _write_list(out: TextIO, key: str, records: Iterable[dict[str, Any]]) -> int:
    out.write(f"  {json.dumps(key)}: [")
    count = 0
    for record in records:
        body = json.dumps(record, indent=2, ensure_ascii=False)
        out.write(("," if count else "") + "\n" + textwrap.indent(body, "    "))
        count += 1
    out.write("\n  ]" if count else "]")
    return count


def parse_export(raw: bytes | str) -> dict[str, Any]:
    """Parse and validate an export file; raise ImportRefused with one sentence if it is bad.

    Every field of every record is checked (services/export_schema.py) before anything is
    written, so nothing the file holds can later break a page or a command.
    """
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        data = json.loads(text)
    except UnicodeDecodeError as exc:
        raise ImportRefused("The file is not a secondround export (it is not text).") from exc
    except json.JSONDecodeError as exc:
        raise ImportRefused(
            f"The file is not valid JSON (line {exc.lineno}): it may be truncated or damaged."
        ) from exc
    except (ValueError, RecursionError) as exc:
        # Numbers of thousands of digits, or lists nested thousands deep.
        raise ImportRefused(
            "The file is not a secondround export (its JSON is malformed)."
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ImportRefused("The file is not a secondround export.")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
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
        _check(item, schema.INTERVIEW, "Interview", index)
        people_ids = {str(p["uuid"]) for p in item.get("people") or []}
        for wrong in (
            asking.check_asking(item.get("questions_to_ask", []), people_ids),
            salary.check_salary(item.get("salary")),
        ):
            if wrong:
                raise _fail(index, wrong)
        try:
            check_dayof(item.get("dayof"), people_ids)
        except DayOfImportError as exc:
            raise _fail(index, str(exc)) from exc
    sessions = data.setdefault("practice_sessions", [])
    if not isinstance(sessions, list):
        raise ImportRefused("The export file's dry runs are not a list.")
    known = {item["uuid"] for item in interviews}
    for index, session in enumerate(sessions, start=1):
        _check(session, schema.SESSION, "Dry run", index)
        _check_session_refs(session, index, known)
    _check_unique(data)
    check_stories(data)
    _check_finite(data, "the file")
    return data


def _check_finite(value: Any, where: str) -> None:
    """NaN and Infinity pass Python's JSON reader but are not JSON: a database that checks its
    JSON columns refuses them, so no field anywhere (free-form plan parts too) may hold one."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ImportRefused(
            f"The export file holds a number that is not finite in {where}; nothing was imported."
        )
    if isinstance(value, dict):
        for key, inner in value.items():
            _check_finite(inner, f"{where} → {key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value, start=1):
            _check_finite(inner, f"{where} → {index}")


def _check(item: Any, spec: schema.Field, what: str, index: int) -> None:
    if not isinstance(item, dict):
        raise ImportRefused(f"{what} {index} in the file is not a record; nothing was imported.")
    try:
        schema.check(item, spec, "")
    except schema.SchemaError as exc:
        where = exc.where.strip() or "record"
        raise ImportRefused(
            f"{what} {index} in the file: its {where} {exc.problem}; nothing was imported."
        ) from exc
    if what == "Interview" and item.get("starts_at"):
        _check_start(item, index)


def _check_start(item: dict[str, Any], index: int) -> None:
    moment = schema.parse_moment(item["starts_at"])
    assert moment is not None
    try:
        moment.astimezone(zoneinfo.ZoneInfo(item.get("timezone") or "UTC"))
    except OverflowError as exc:
        raise _fail(index, "has a date that cannot be shown in its time zone") from exc


def _session_fail(index: int, what: str) -> ImportRefused:
    return ImportRefused(f"Dry run {index} in the file {what}; nothing was imported.")


def _check_session_refs(item: dict[str, Any], index: int, interviews: set[str]) -> None:
    if item["interview"] not in interviews:
        raise _session_fail(index, "belongs to no interview in the file")
    if not item["plan"]:
        raise _session_fail(index, "has no questions")
    size = len(item["plan"])
    for answer in item.get("answers") or []:
        if answer["position"] >= size:
            raise _session_fail(index, "has an answer to a question it does not have")
    positions = [mark["position"] for mark in item.get("marks") or []]
    if any(p >= size for p in positions):
        raise _session_fail(index, "has a friend's mark for a question it does not have")
    if len(set(positions)) != len(positions):
        raise _session_fail(index, "has two friend's marks for one question")


def _check_unique(data: dict[str, Any]) -> None:
    interviews, sessions = data["interviews"], data["practice_sessions"]
    groups = (
        [i["uuid"] for i in interviews],
        [p["uuid"] for i in interviews for p in i.get("people") or []],
        [s["uuid"] for s in sessions],
        [a["uuid"] for s in sessions for a in s.get("answers") or []],
        [m["uuid"] for s in sessions for m in s.get("marks") or []],
    )
    for ids in groups:
        if len({uuid.UUID(i) for i in ids}) != len(ids):
            raise ImportRefused("The file holds the same record twice; nothing was imported.")


def _fail(index: int, what: str) -> ImportRefused:
    return ImportRefused(f"Interview {index} in the file {what}; nothing was imported.")


def _ids(records: Iterable[dict[str, Any]]) -> list[uuid.UUID]:
    return [uuid.UUID(r["uuid"]) for r in records]


def import_data(user: User, data: dict[str, Any]) -> ImportSummary:
    """Write a validated export into the user's records, all or nothing."""
    interviews, sessions = data["interviews"], data.get("practice_sessions", [])
    interview_ids = _ids(interviews)
    person_ids = _ids(p for i in interviews for p in i.get("people") or [])
    session_ids = _ids(sessions)
    answer_ids = _ids(a for s in sessions for a in s.get("answers") or [])
    mark_ids = _ids(m for s in sessions for m in s.get("marks") or [])
    foreign = (
        Interview.objects.filter(uuid__in=interview_ids).exclude(owner=user).exists()
        or Person.objects.filter(uuid__in=person_ids).exclude(interview__owner=user).exists()
        or PracticeSession.objects.filter(uuid__in=session_ids).exclude(owner=user).exists()
        or PracticeAnswer.objects.filter(uuid__in=answer_ids).exclude(session__owner=user).exists()
        or FriendMark.objects.filter(uuid__in=mark_ids).exclude(session__owner=user).exists()
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
                "round": item.get("round") or 2,
                "starts_at": (
                    datetime.fromisoformat(item["starts_at"]) if item.get("starts_at") else None
                ),
                "timezone": item.get("timezone") or "UTC",
                "format": item.get("format") or Format.ON_SITE,
                "place": item.get("place") or "",
                "job_description": item.get("job_description") or "",
                "job_description_source": item.get("job_description_source") or "",
                "notes": item.get("notes") or "",
                "status": item.get("status") or Status.PREPARING,
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
            for person in item.get("people") or []:
                Person.objects.update_or_create(
                    uuid=uuid.UUID(person["uuid"]),
                    defaults={
                        "interview": interview,
                        "name": person["name"].strip(),
                        "role": person.get("role") or PersonRole.OTHER,
                        "title": person.get("title") or "",
                    },
                )
                keep.append(uuid.UUID(person["uuid"]))
                people_count += 1
            interview.people.exclude(uuid__in=keep).delete()
            for decision in item.get("debrief_decisions") or []:
                DebriefDecision.objects.update_or_create(
                    interview=interview,
                    kind=decision["kind"],
                    evidence=decision["evidence"],
                    defaults={"status": decision["status"], "text": decision.get("text") or ""},
                )
            asking.import_asking(interview, item.get("questions_to_ask", []))
            salary.import_salary(interview, item.get("salary"))
            import_dayof(interview, item.get("dayof"))
        for item in data.get("practice_sessions") or []:
            _import_session(user, item)
        import_stories(user, data)
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
            "status": item.get("status") or SessionStatus.IN_PROGRESS,
            "finished_at": _when(item.get("finished_at")),
        },
    )
    if item.get("created_at"):
        PracticeSession.objects.filter(pk=session.pk).update(created_at=_when(item["created_at"]))
    for answer in item.get("answers") or []:
        # Keyed by its id alone: an answer already here (checked to be the user's own) follows
        # the file, even into another dry run.
        stored, _ = PracticeAnswer.objects.update_or_create(
            uuid=uuid.UUID(str(answer["uuid"])),
            defaults={
                "session": session,
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
    for mark in item.get("marks") or []:
        mark_id = uuid.UUID(mark["uuid"])
        # One mark per question: the file's mark replaces whatever was noted there before.
        session.marks.filter(position=mark["position"]).exclude(uuid=mark_id).delete()
        FriendMark.objects.update_or_create(
            uuid=mark_id,
            defaults={"session": session, "position": mark["position"], **_mark_fields(mark)},
        )


def _mark_fields(mark: dict[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name in MARK_FIELDS:
        value = mark.get(name)
        if name.startswith(("heard_", "concrete_")):
            fields[name] = bool(value)
        elif name == "hedging":
            fields[name] = value or Hedging.NONE
        elif name == "comment":
            fields[name] = value or ""
        else:
            fields[name] = value
    return fields
