"""The debrief of an interview's notes, with the candidate's decisions applied.

Items are read from the notes (`core.debrief.read_debrief`, its reading stored until the notes
change: services/readings.py); the candidate confirms, rewords or dismisses each one, and
dismissed items stop shaping the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from django.db import transaction

from secondround.core.competencies import competency_label
from secondround.core.debrief import HEADINGS
from secondround.core.errors import UserError
from secondround.interviews.models import MAX_PEOPLE, Interview, Person, PersonRole
from secondround.planning.models import DebriefDecision, Decision
from secondround.services.readings import notes_reading

# Kinds in the order the page shows them, with the heading and what they are for.
KINDS: Final = HEADINGS
ACTIONS: Final = ("confirm", "dismiss", "restore", "edit", "done", "undone", "add_person")
MAX_ITEM_CHARS = 500


class DebriefError(UserError, ValueError):
    """A decision that cannot be applied; the message is one sentence."""


@dataclass(frozen=True)
class DebriefRow:
    kind: str
    evidence: str
    found: str
    text: str
    detail: str
    status: str  # "suggested", "confirmed", "dismissed" or "done" (a promise kept)
    # For people named in the notes: their role, and whether they are already in the list.
    role: str = ""
    added: bool = False

    @property
    def edited(self) -> bool:
        return self.text != self.found


@dataclass(frozen=True)
class DebriefSection:
    kind: str
    title: str
    help: str
    rows: list[DebriefRow]


def _items(interview: Interview) -> dict[str, list[dict[str, Any]]]:
    found = notes_reading(interview)
    items: dict[str, list[dict[str, Any]]] = {}
    for kind in KINDS:
        value = found.get(kind)
        # Fresh lists and records each time, so no caller can change the kept reading.
        items[kind] = [dict(v) for v in ([value] if isinstance(value, dict) else value or [])]
    return items


def _detail(kind: str, item: dict[str, Any]) -> str:
    if item.get("competency"):
        return competency_label(str(item["competency"]))
    if kind == "people" and item.get("role") in PersonRole.values:
        return str(PersonRole(item["role"]).label)
    return str(item.get("category") or "").replace("_", " ").capitalize()


def _found_text(kind: str, item: dict[str, Any]) -> str:
    return str(item.get("name") if kind == "people" else item.get("text") or item["evidence"])


def sections(interview: Interview) -> list[DebriefSection]:
    """Every item read from the notes, grouped by kind, with the candidate's decisions applied."""
    decisions = {(d.kind, d.evidence): d for d in interview.debrief_decisions.all()}
    listed = {_folded(p.name) for p in interview.people.all()}
    out = []
    for kind, items in _items(interview).items():
        rows = []
        for item in items:
            evidence = str(item["evidence"])
            found = _found_text(kind, item)
            decision = decisions.get((kind, evidence))
            rows.append(
                DebriefRow(
                    kind=kind,
                    evidence=evidence,
                    found=found,
                    text=(decision.text if decision and decision.text else found),
                    detail=_detail(kind, item),
                    status=decision.status if decision else "suggested",
                    role=_role(item) if kind == "people" else "",
                    added=kind == "people" and _folded(found) in listed,
                )
            )
        title, help_text = KINDS[kind]
        out.append(DebriefSection(kind, title, help_text, rows))
    return out


def reading_note(interview: Interview) -> str | None:
    """The sentence saying why nothing was read from the notes (not in English), if any."""
    note = notes_reading(interview).get("note") if interview.notes else None
    return str(note) if note else None


def _folded(name: str) -> str:
    return " ".join(name.casefold().split())


def _role(item: dict[str, Any]) -> str:
    role = item.get("role")
    return str(role) if role in PersonRole.values else PersonRole.OTHER


def open_promises(interview: Interview) -> list[str]:
    """What the candidate promised in the notes and has neither kept nor dismissed yet."""
    return promise_state(interview)[1]


def promise_state(interview: Interview) -> tuple[int, list[str]]:
    """How many promises the notes hold (dismissed ones aside), and the wording of those not
    yet done; the notes are read once."""
    if not interview.notes:
        return 0, []
    done = {
        d.evidence
        for d in interview.debrief_decisions.all()
        if d.kind == "promises" and d.status == Decision.DONE
    }
    promises = active_items(interview, "promises")
    return len(promises), [text for item, text in promises if str(item["evidence"]) not in done]


def promise_rows(interview: Interview) -> list[DebriefRow]:
    """The promises of the notes as to-dos (dismissed ones left out), each with its done box."""
    section = next(s for s in sections(interview) if s.kind == "promises")
    return [row for row in section.rows if row.status != Decision.DISMISSED]


def active_items(interview: Interview, kind: str) -> list[tuple[dict[str, Any], str]]:
    """The items of one kind the candidate has not dismissed, each with its current wording."""
    decisions = {
        (d.kind, d.evidence): d for d in interview.debrief_decisions.all() if d.kind == kind
    }
    out = []
    for item in _items(interview)[kind]:
        decision = decisions.get((kind, str(item["evidence"])))
        if decision and decision.status == Decision.DISMISSED:
            continue
        out.append((item, decision.text if decision and decision.text else _found_text(kind, item)))
    return out


def decide(interview: Interview, kind: str, evidence: str, action: str, text: str = "") -> None:
    """Confirm, dismiss, restore or reword one item; the item must still be in the notes."""
    if kind not in KINDS or action not in ACTIONS:
        raise DebriefError("That is not something that can be done to a debrief item.")
    if action in ("done", "undone") and kind != "promises":
        raise DebriefError("Only a promise can be ticked off as done.")
    if action == "add_person" and kind != "people":
        raise DebriefError("Only a person named in the notes can be added to the people to meet.")
    item = next((i for i in _items(interview)[kind] if str(i["evidence"]) == evidence), None)
    if item is None:
        raise DebriefError("That item is no longer in your notes; the page has been refreshed.")
    if action == "add_person":
        _add_person(interview, item)
        return
    text = " ".join(text.split())
    if action == "edit" and not text:
        raise DebriefError("Write the item in your own words, or dismiss it.")
    if len(text) > MAX_ITEM_CHARS:
        raise DebriefError(f"Keep an item under {MAX_ITEM_CHARS} characters.")
    with transaction.atomic():
        existing = interview.debrief_decisions.filter(kind=kind, evidence=evidence).first()
        if action == "restore":
            if existing is not None:
                existing.delete()
            return
        status = {"dismiss": Decision.DISMISSED, "done": Decision.DONE}.get(
            action, Decision.CONFIRMED
        )
        DebriefDecision.objects.update_or_create(
            interview=interview,
            kind=kind,
            evidence=evidence,
            defaults={
                "status": status,
                "text": text if action == "edit" else (existing.text if existing else ""),
            },
        )


def _add_person(interview: Interview, item: dict[str, Any]) -> Person:
    """Add someone named in the notes to the people to meet, unless they are there already."""
    name = " ".join(str(item.get("name") or "").split())[:200]
    if not name:
        raise DebriefError("That entry names nobody to add.")
    with transaction.atomic():
        people = list(interview.people.all())
        for person in people:
            if _folded(person.name) == _folded(name):
                raise DebriefError(f"{name} is already among the people you will meet.")
        if len(people) >= MAX_PEOPLE:
            raise DebriefError(
                f"An interview lists at most {MAX_PEOPLE} people; remove someone first."
            )
        position = max((p.position for p in people), default=-1) + 1
        return Person.objects.create(
            interview=interview, name=name, role=_role(item), position=position
        )
