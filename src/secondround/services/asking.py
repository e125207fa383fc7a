"""Questions for the candidate to ask each person they will meet, with their own choices kept.

Suggestions come from the core (`core.asking.suggest_questions`) each time, fed with the job
description, the people, and the debrief of the notes with the candidate's decisions applied.
What the candidate pins, rewords, reorders, adds or dismisses is stored per person.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, Final

from django.db import transaction
from django.db.models import Max

from secondround.asking.models import AskedQuestion, AskStatus
from secondround.core.asking import (
    PER_PERSON,
    AskPlan,
    Fact,
    Interviewer,
    JobFocus,
    LeftOut,
    OpenItem,
    Suggestion,
    suggest_questions,
)
from secondround.core.errors import UserError
from secondround.core.jobs import analyse_job
from secondround.core.roles import role_in_sentence
from secondround.interviews.models import Interview, Person
from secondround.services.debrief import active_items

ACTIONS: Final = ("pin", "unpin", "dismiss", "edit", "add", "up", "down", "delete")
MAX_QUESTION_CHARS = 300
# A person's list: the candidate's pinned questions, then suggestions up to this many in all.
SHOWN = PER_PERSON


class AskingError(UserError, ValueError):
    """A change that cannot be made; the message is one sentence."""


@dataclass(frozen=True)
class AskRow:
    key: str
    text: str
    why: str
    source: str  # "bank", "follow_up" or "own"
    pinned: bool
    edited: bool
    row_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "text": self.text,
            "why": self.why,
            "source": self.source,
            "pinned": self.pinned,
            "edited": self.edited,
        }


@dataclass(frozen=True)
class PersonAsk:
    person: Person
    heading: str
    rows: list[AskRow]
    dismissed: list[AskedQuestion]


def _job_focus(interview: Interview) -> JobFocus:
    if not interview.job_description.strip():
        return JobFocus()
    job = analyse_job(interview.job_description, title=interview.role or None)
    return JobFocus(
        {c.name: (c.weight, c.evidence) for c in job.competencies if c.source == "ad"},
        job.tools,
    )


def plan_for(interview: Interview) -> AskPlan:
    """The core's suggestions for everyone the candidate will meet."""
    people = [Interviewer(p.name, p.role) for p in interview.people.all()]
    facts = [
        Fact(text, str(item.get("category") or "other"))
        for item, text in active_items(interview, "facts")
    ]
    open_items = [
        OpenItem("concern", text, str(item["evidence"]), item.get("competency") or None)
        for item, text in active_items(interview, "concerns")
    ] + [
        OpenItem("topic", text, str(item["evidence"]))
        for item, text in active_items(interview, "topics")
    ]
    return suggest_questions(people, _job_focus(interview), facts, open_items)


def heading(person: Person) -> str:
    """ "Priya Shah, line manager": how the prep pack and the pages introduce a person."""
    return f"{person.name}, {role_in_sentence(person.role)}"


def _rows(
    stored: list[AskedQuestion], ranked: tuple[Suggestion, ...]
) -> tuple[list[AskRow], list[AskedQuestion]]:
    by_key = {s.key: s for s in ranked}
    pinned = [q for q in stored if q.status == AskStatus.PINNED]
    dismissed = [q for q in stored if q.status == AskStatus.DISMISSED]
    hidden = {q.key for q in stored if q.key}
    rows = [
        AskRow(
            q.key,
            q.text,
            q.why,
            "own" if not q.key else (by_key[q.key].source if q.key in by_key else "bank"),
            True,
            bool(q.key) and q.key in by_key and q.text != by_key[q.key].text,
            q.pk,
        )
        for q in pinned
    ]
    for suggestion in ranked:
        if len(rows) >= SHOWN:
            break
        if suggestion.key not in hidden:
            rows.append(
                AskRow(
                    suggestion.key, suggestion.text, suggestion.why, suggestion.source, False, False
                )
            )
    return rows, dismissed


def questions_by_person(interview: Interview) -> tuple[list[PersonAsk], tuple[LeftOut, ...]]:
    """Each person's questions (pinned first, in the candidate's order) and what was left out."""
    plan = plan_for(interview)
    stored: dict[int, list[AskedQuestion]] = {}
    for q in interview.asked_questions.all():
        stored.setdefault(q.person_id, []).append(q)
    out = []
    for person, planned in zip(interview.people.all(), plan.people, strict=True):
        rows, dismissed = _rows(stored.get(person.pk, []), planned.ranked)
        out.append(PersonAsk(person, heading(person), rows, list(dismissed)))
    return out, plan.left_out


def questions_for_kit(interview: Interview) -> list[tuple[str, list[str]]]:
    """For the prep pack: each person's heading and their 3-4 pinned or recommended questions."""
    people, _ = questions_by_person(interview)
    return [(p.heading, [row.text for row in p.rows]) for p in people]


def _clean(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise AskingError("Write the question, or remove it.")
    if len(text) > MAX_QUESTION_CHARS:
        raise AskingError(f"Keep a question under {MAX_QUESTION_CHARS} characters.")
    return text


def change(
    interview: Interview,
    person_id: int | str,
    action: str,
    key: str = "",
    text: str = "",
) -> None:
    """Pin, unpin, dismiss, reword, add, move up or down, or delete one of a person's questions.

    `key` names a suggestion (or, for a question of the candidate's own, "own:<row id>").
    """
    if action not in ACTIONS:
        raise AskingError("That is not something that can be done to a question.")
    try:
        person = interview.people.get(pk=int(person_id))
    except (ValueError, TypeError, Person.DoesNotExist):
        raise AskingError("That person is not on this interview any more.") from None
    with transaction.atomic():
        if action == "add":
            _append(interview, person, "", _clean(text), "Your own question.")
            return
        row = _stored(person, key)
        if action in ("up", "down", "delete", "unpin") and row is None:
            raise AskingError("That question is not one of your pinned questions.")
        if action in ("pin", "dismiss", "edit") and row is None:
            suggestion = _suggestion(interview, person, key)
            if action == "dismiss":
                _append(
                    interview, person, key, suggestion.text, suggestion.why, AskStatus.DISMISSED
                )
                return
            words = _clean(text) if action == "edit" else suggestion.text
            _append(interview, person, key, words, suggestion.why)
            return
        assert row is not None
        if action in ("unpin", "delete"):
            row.delete()
        elif action == "dismiss":
            row.status = AskStatus.DISMISSED
            row.save()
        elif action == "pin":
            row.status = AskStatus.PINNED
            row.position = _next_position(person)
            row.save()
        elif action == "edit":
            row.text = _clean(text)
            row.status = AskStatus.PINNED
            row.save()
        else:
            _move(person, row, -1 if action == "up" else 1)


def _stored(person: Person, key: str) -> AskedQuestion | None:
    if key.startswith("own:"):
        try:
            return person.asked_questions.get(pk=int(key[4:]), key="")
        except (ValueError, AskedQuestion.DoesNotExist):
            raise AskingError(
                "That question is no longer there; the page has been refreshed."
            ) from None
    if not key:
        raise AskingError("Say which question to change.")
    return person.asked_questions.filter(key=key).first()


def _suggestion(interview: Interview, person: Person, key: str) -> Suggestion:
    plan = plan_for(interview)
    for stored, planned in zip(interview.people.all(), plan.people, strict=True):
        if stored.pk == person.pk:
            found = next((s for s in planned.ranked if s.key == key), None)
            if found is not None:
                return found
    raise AskingError("That suggestion is no longer offered; the page has been refreshed.")


def _next_position(person: Person) -> int:
    top = person.asked_questions.filter(status=AskStatus.PINNED).aggregate(Max("position"))
    return int(top["position__max"] or 0) + 1


def _append(
    interview: Interview,
    person: Person,
    key: str,
    text: str,
    why: str,
    status: str = AskStatus.PINNED,
) -> None:
    AskedQuestion.objects.create(
        interview=interview,
        person=person,
        key=key,
        text=text,
        why=why,
        status=status,
        position=_next_position(person),
    )


def _move(person: Person, row: AskedQuestion, step: int) -> None:
    pinned = list(person.asked_questions.filter(status=AskStatus.PINNED))
    at = next(i for i, q in enumerate(pinned) if q.pk == row.pk)
    other = at + step
    if not 0 <= other < len(pinned):
        return
    pinned[at], pinned[other] = pinned[other], pinned[at]
    for position, q in enumerate(pinned, start=1):
        if q.position != position:
            q.position = position
            q.save(update_fields=["position"])


# Export and import: the candidate's choices, keyed by the person's UUID.


def export_asking(interview: Interview) -> list[dict[str, Any]]:
    return [
        {
            "uuid": str(q.uuid),
            "person": str(q.person.uuid),
            "key": q.key,
            "text": q.text,
            "why": q.why,
            "status": q.status,
            "position": q.position,
        }
        for q in interview.asked_questions.select_related("person")
    ]


def check_asking(items: Any, people: set[str]) -> str | None:
    """What is wrong with an export's questions to ask (a phrase), or None when they are valid."""
    if not isinstance(items, list):
        return "has questions to ask that are not a list"
    for item in items:
        if not isinstance(item, dict):
            return "has a question to ask that is not a record"
        try:
            uuid.UUID(str(item.get("uuid")))
        except ValueError:
            return "has a question to ask with an id that is not valid"
        if str(item.get("person")) not in people:
            return "has a question to ask for someone who is not on the interview"
        text, key, why = item.get("text"), item.get("key", ""), item.get("why", "")
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_QUESTION_CHARS:
            return "has a question to ask whose text is empty or too long"
        if not isinstance(key, str) or len(key) > 80 or not isinstance(why, str):
            return "has a question to ask that is not valid"
        if item.get("status") not in AskStatus.values:
            return "has a question to ask with an unknown status"
        if not isinstance(item.get("position", 0), int) or item.get("position", 0) < 0:
            return "has a question to ask with a position that is not a number"
    return None


def import_asking(interview: Interview, items: list[dict[str, Any]]) -> None:
    """Write checked items (see check_asking); the same file twice updates, not duplicates."""
    from secondround.services.exchange import ImportRefused

    people = {str(p.uuid): p for p in interview.people.all()}
    ids = [uuid.UUID(str(item["uuid"])) for item in items]
    if AskedQuestion.objects.filter(uuid__in=ids).exclude(interview=interview).exists():
        raise ImportRefused(
            "The file holds questions to ask that belong to another interview or account here; "
            "nothing was imported."
        )
    for item in items:
        person = people[str(item["person"])]
        fields = {
            "interview": interview,
            "person": person,
            "key": item.get("key") or "",
            "text": " ".join(item["text"].split()),
            "why": item.get("why") or "",
            "status": item["status"],
            "position": item.get("position", 0),
        }
        existing = AskedQuestion.objects.filter(uuid=uuid.UUID(str(item["uuid"]))).first()
        if existing is None and fields["key"]:
            # Keyed choices are unique per person: the file's choice replaces the one here.
            person.asked_questions.filter(key=fields["key"]).delete()
        AskedQuestion.objects.update_or_create(uuid=uuid.UUID(str(item["uuid"])), defaults=fields)
