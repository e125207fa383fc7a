"""What every record of an export file may hold: each field's type, values, choices and length.

A small typed schema rather than a library: the rules come from the models (lengths, choices)
and from the coach's documented JSON, so one imported file can never store a value that a page,
a dry run or `secondround plan` later trips over. `check` raises SchemaError naming the field.
"""

from __future__ import annotations

import math
import uuid
import zoneinfo
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Model

from secondround.core.coach.feedback import PARTS
from secondround.core.errors import UserError
from secondround.core.questions import KINDS, ROLES

# Dates every page can show and convert to any time zone, as the interview form allows.
from secondround.interviews.forms import EARLIEST_YEAR, LATEST_YEAR
from secondround.interviews.models import Format, Interview, Person, PersonRole, Status
from secondround.planning.models import Decision
from secondround.practice.models import MAX_COMMENT_CHARS, Hedging, SessionStatus
from secondround.services.debrief import KINDS as DEBRIEF_KINDS
from secondround.services.debrief import MAX_ITEM_CHARS
from secondround.services.documents import MAX_TEXT_CHARS
from secondround.services.practice import MAX_ANSWER_CHARS

MAX_SHORT_CHARS = 2_000
MAX_QUESTIONS = 100
MAX_PEOPLE = 50


class SchemaError(UserError, ValueError):
    """A field that breaks the schema; `where` names it, `problem` says what is wrong."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where} {problem}")
        self.where, self.problem = where, problem


@dataclass(frozen=True)
class Field:
    kind: str  # text, int, number, bool, list, record, uuid, moment, zone, any
    required: bool = False
    null: bool = False
    min: float | None = None
    max: float | None = None  # the largest number, or the longest text or list
    choices: Collection[str] | None = None
    items: Field | None = None  # for lists
    fields: Mapping[str, Field] | None = None  # for records
    blank: bool = True  # text may be empty


def text(limit: int, *, required: bool = False, blank: bool = True, null: bool = False) -> Field:
    return Field("text", required=required, max=limit, blank=blank, null=null)


def model_text(model: type[Model], name: str, *, required: bool = False) -> Field:
    """A text field as long as the model's column allows, non-empty when required."""
    limit = model._meta.get_field(name).max_length or MAX_TEXT_CHARS  # type: ignore[union-attr]
    return text(limit, required=required, blank=not required)


def choice(values: Collection[str], *, required: bool = False, null: bool = False) -> Field:
    return Field("text", required=required, choices=values, null=null)


def whole(low: int, high: int, *, required: bool = False, null: bool = False) -> Field:
    return Field("int", required=required, null=null, min=low, max=high)


def listing(items: Field, limit: int, *, required: bool = False) -> Field:
    return Field("list", required=required, items=items, max=limit)


def record(fields: Mapping[str, Field], *, required: bool = False, null: bool = False) -> Field:
    return Field("record", required=required, null=null, fields=fields)


ID = Field("uuid", required=True)
MOMENT = Field("moment", null=True)
FLAG = Field("bool")
SCORE = whole(0, 100, required=True)

# The coach's verdict on one answer (core/coach/feedback.py, docs/coach.md).
MENTION = record({"kind": text(100), "text": text(MAX_SHORT_CHARS), "sentence": whole(0, 10_000)})
FEEDBACK = record(
    {
        "version": whole(1, 1_000),
        "sentences": listing(
            record(
                {
                    "index": whole(0, 10_000),
                    "text": text(MAX_ANSWER_CHARS, required=True),
                    "start": whole(0, 10 * MAX_ANSWER_CHARS),
                    "end": whole(0, 10 * MAX_ANSWER_CHARS),
                    "star": choice(PARTS, required=True),
                    "evidence": listing(text(MAX_SHORT_CHARS), 100),
                }
            ),
            10_000,
        ),
        "proportions": Field("any"),  # checked by _proportions below
        "missing": listing(choice(PARTS), len(PARTS)),
        "probe": text(MAX_SHORT_CHARS, null=True),
        "specificity": listing(MENTION, 10_000),
        "result": record(
            {"status": text(32, required=True), "sentence": whole(0, 10_000, null=True)}
        ),
        "ownership": record(
            {
                "i": whole(0, 100_000),
                "we": whole(0, 100_000),
                "own_action_sentences": whole(0, 10_000),
                "team_action_sentences": whole(0, 10_000),
                "balance": text(16),
            }
        ),
        "confidence": listing(MENTION, 10_000),
        "length": record(
            {
                "words": whole(0, 1_000_000),
                "seconds": Field("number", min=0, max=1_000_000),
                "measured": FLAG,
                "kind": text(64),
                "min_words": whole(0, 1_000_000),
                "max_words": whole(0, 1_000_000),
                "min_seconds": whole(0, 1_000_000),
                "max_seconds": whole(0, 1_000_000),
                "verdict": text(16),
            }
        ),
        "hypothetical": FLAG,
        "relevance": record(
            {
                "question": Field("number", null=True, min=0, max=1),
                "job": Field("number", null=True, min=0, max=1),
                "matched": listing(text(200), 1_000),
                "missing_job_keywords": listing(text(200), 1_000),
            }
        ),
        "scores": record(
            {
                name: SCORE
                for name in (
                    "structure",
                    "specificity",
                    "result",
                    "ownership",
                    "confidence",
                    "length",
                    "relevance",
                    "overall",
                )
            },
            required=True,
        ),
        "remarks": listing(
            record(
                {
                    "sentence": whole(0, 10_000, null=True),
                    "kind": text(100),
                    "message": text(MAX_SHORT_CHARS, required=True),
                }
            ),
            1_000,
        ),
        "truncated": FLAG,
        "likely_english": FLAG,
    }
)

# One question of a dry run's plan, as core/questions/plan.py writes it.
QUESTION = record(
    {
        "id": text(100, required=True, blank=False),
        "text": text(MAX_SHORT_CHARS, required=True, blank=False),
        "kind": choice(KINDS, null=True),
        "competency": text(64, null=True),
        "style": text(32, null=True),
        "asked_by": listing(choice(ROLES), len(ROLES)),
        "difficulty": whole(1, 5, null=True),
        "probes": listing(text(MAX_SHORT_CHARS, blank=False), 20),
        "reason": text(MAX_SHORT_CHARS, null=True),
        "for_person": text(200, null=True),
        "for_role": choice(ROLES, null=True),
        "competency_label": text(100, null=True),
        "kind_label": text(100, null=True),
        "style_label": text(100, null=True),
    }
)

ANSWER = record(
    {
        "uuid": ID,
        "position": whole(0, MAX_QUESTIONS - 1, required=True),
        "is_probe": FLAG,
        "prompt": text(MAX_SHORT_CHARS),
        "text": text(MAX_ANSWER_CHARS, required=True, blank=False),
        "duration_s": Field("number", null=True, min=0, max=3 * 3600),
        "feedback": FEEDBACK,
        "overall": whole(0, 100),
        "created_at": MOMENT,
    }
)

MARK = record(
    {
        "uuid": ID,
        "position": whole(0, MAX_QUESTIONS - 1, required=True),
        "heard_situation": FLAG,
        "heard_task": FLAG,
        "heard_action": FLAG,
        "heard_result": FLAG,
        "concrete_result": FLAG,
        "hedging": choice(Hedging.values),
        "seconds": whole(0, 3600, null=True),
        "rating": whole(1, 5, null=True),
        "comment": text(MAX_COMMENT_CHARS),
    }
)

SESSION = record(
    {
        "uuid": ID,
        "interview": ID,
        "asked_by": Field("text", choices=("", *ROLES), null=True),
        "length": whole(1, MAX_QUESTIONS, null=True),
        "plan": listing(QUESTION, MAX_QUESTIONS, required=True),
        "status": choice(SessionStatus.values),
        "created_at": MOMENT,
        "finished_at": MOMENT,
        "answers": listing(ANSWER, 10_000),
        "marks": listing(MARK, MAX_QUESTIONS),
    }
)

PERSON = record(
    {
        "uuid": ID,
        "name": model_text(Person, "name", required=True),
        "role": choice(PersonRole.values),
        "title": model_text(Person, "title"),
    }
)

DECISION = record(
    {
        "kind": choice(DEBRIEF_KINDS, required=True),
        "evidence": text(MAX_TEXT_CHARS, required=True, blank=False),
        "status": choice(Decision.values, required=True),
        "text": text(MAX_ITEM_CHARS, null=True),
    }
)

INTERVIEW = record(
    {
        "uuid": ID,
        "company": model_text(Interview, "company", required=True),
        "role": model_text(Interview, "role", required=True),
        "round": whole(1, 20),
        "starts_at": MOMENT,
        "timezone": Field("zone", null=True),
        "format": choice(Format.values),
        "place": model_text(Interview, "place"),
        "job_description": text(MAX_TEXT_CHARS, null=True),
        "job_description_source": model_text(Interview, "job_description_source"),
        "notes": text(MAX_TEXT_CHARS, null=True),
        "status": choice(Status.values),
        "created_at": MOMENT,
        "people": listing(PERSON, MAX_PEOPLE),
        "debrief_decisions": listing(DECISION, 10_000),
    }
)


def check(value: Any, spec: Field, where: str) -> None:
    """Raise SchemaError unless `value` fits `spec`; `where` names it in the message."""
    # A field may be left out unless it is required, but one that is there holds a value of its
    # kind: null only where secondround itself writes null.
    if value is None:
        if spec.null:
            return
        raise SchemaError(where, "is missing" if spec.required else "is empty")
    CHECKS[spec.kind](value, spec, where)


def _text(value: Any, spec: Field, where: str) -> None:
    if not isinstance(value, str):
        raise SchemaError(where, "is not text")
    if "\x00" in value:
        raise SchemaError(where, "holds a NUL character")
    if spec.max is not None and len(value) > spec.max:
        raise SchemaError(where, f"is longer than {int(spec.max):,} characters")
    if not spec.blank and not value.strip():
        raise SchemaError(where, "is empty")
    if spec.choices is not None and value not in spec.choices:
        raise SchemaError(where, f"is not one of the known values ({_short(value)})")


def _number(value: Any, spec: Field, where: str) -> None:
    # JSON true/false are Python bools, which are ints: they are not numbers here.
    wanted = int if spec.kind == "int" else (int, float)
    if isinstance(value, bool) or not isinstance(value, wanted):
        raise SchemaError(
            where, "is not a whole number" if spec.kind == "int" else "is not a number"
        )
    if isinstance(value, float) and not math.isfinite(value):
        raise SchemaError(where, "is not a finite number")
    if (spec.min is not None and value < spec.min) or (spec.max is not None and value > spec.max):
        raise SchemaError(where, f"is not a number from {spec.min:g} to {spec.max:g}")


def _bool(value: Any, spec: Field, where: str) -> None:
    if not isinstance(value, bool):
        raise SchemaError(where, "is not true or false")


def _list(value: Any, spec: Field, where: str) -> None:
    if not isinstance(value, list):
        raise SchemaError(where, "is not a list")
    if spec.max is not None and len(value) > spec.max:
        raise SchemaError(where, f"has more than {int(spec.max):,} entries")
    assert spec.items is not None
    for number, item in enumerate(value, start=1):
        check(item, spec.items, f"{where} entry {number}")


def _record(value: Any, spec: Field, where: str) -> None:
    if not isinstance(value, dict):
        raise SchemaError(where, "is not a record")
    assert spec.fields is not None
    for name, field in spec.fields.items():
        if name in value:
            check(value[name], field, f"{where} {name}")
        elif field.required:
            raise SchemaError(f"{where} {name}", "is missing")
    if spec is FEEDBACK:
        _proportions(value.get("proportions"), where)


def _proportions(value: Any, where: str) -> None:
    if value is None:
        return
    if not isinstance(value, dict) or set(value) - set(PARTS):
        raise SchemaError(f"{where} proportions", "are not STAR parts")
    for part, share in value.items():
        _number(share, Field("number", min=0, max=1), f"{where} proportions {part}")


def _uuid(value: Any, spec: Field, where: str) -> None:
    if not isinstance(value, str):
        raise SchemaError(where, "is not a valid record id")
    try:
        uuid.UUID(value)
    except ValueError as exc:
        raise SchemaError(where, "is not a valid record id") from exc


def _moment(value: Any, spec: Field, where: str) -> None:
    moment = parse_moment(value)
    if moment is None:
        raise SchemaError(where, f"is not a date and time with a time zone ({_short(value)})")
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise SchemaError(where, f"is not between {EARLIEST_YEAR} and {LATEST_YEAR}")


def parse_moment(value: Any) -> datetime | None:
    """An ISO date and time with its offset, or None."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _zone(value: Any, spec: Field, where: str) -> None:
    if value == "":
        return  # stored as UTC
    if not isinstance(value, str) or not value or len(value) > 64:
        raise SchemaError(where, "is not a time zone")
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise SchemaError(where, f"is an unknown time zone ({_short(value)})") from exc


def _any(value: Any, spec: Field, where: str) -> None:
    return None


def _short(value: Any) -> str:
    shown = str(value)
    return shown if len(shown) <= 40 else shown[:37] + "…"


CHECKS: dict[str, Callable[[Any, Field, str], None]] = {
    "text": _text,
    "int": _number,
    "number": _number,
    "bool": _bool,
    "list": _list,
    "record": _record,
    "uuid": _uuid,
    "moment": _moment,
    "zone": _zone,
    "any": _any,
}


def is_question(value: Any) -> bool:
    """True if a stored plan entry is a question the dry run and the plan can use."""
    try:
        check(value, QUESTION, "question")
    except SchemaError:
        return False
    return True
