"""The debrief of an interview's notes, with the candidate's decisions applied.

Items are read from the notes each time (`core.debrief.read_debrief`); the candidate confirms,
rewords or dismisses each one, and dismissed items stop shaping the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from django.db import transaction

from secondround.core.competencies import competency_label
from secondround.core.debrief import read_debrief
from secondround.interviews.models import Interview, PersonRole
from secondround.planning.models import DebriefDecision, Decision

# Kinds in the order the page shows them, with the heading and what they are for.
KINDS: Final[dict[str, tuple[str, str]]] = {
    "concerns": (
        "Concerns they raised",
        "They will follow these up: each one becomes a question in your plan.",
    ),
    "promises": ("What you promised", "Send or prepare these before the next round."),
    "practice_points": (
        "What to practise",
        "Your own notes on how it went: each becomes a practice point in your plan.",
    ),
    "next_round": ("The next round", "What you were told about the next step."),
    "people": ("People named", "Add them to the people you will meet if they will be there."),
    "facts": ("What you learned", "Don't ask about these again; use them in your answers."),
    "topics": ("Topics discussed", "Expect them to pick these threads up again."),
}
ACTIONS: Final = ("confirm", "dismiss", "restore", "edit")
MAX_ITEM_CHARS = 500


class DebriefError(ValueError):
    """A decision that cannot be applied; the message is one sentence."""


@dataclass(frozen=True)
class DebriefRow:
    kind: str
    evidence: str
    found: str
    text: str
    detail: str
    status: str  # "suggested", "confirmed" or "dismissed"

    @property
    def edited(self) -> bool:
        return self.text != self.found


@dataclass(frozen=True)
class DebriefSection:
    kind: str
    title: str
    help: str
    rows: list[DebriefRow]


def _items(notes: str) -> dict[str, list[dict[str, Any]]]:
    found = read_debrief(notes).to_dict()
    items: dict[str, list[dict[str, Any]]] = {}
    for kind in KINDS:
        value = found.get(kind)
        items[kind] = [value] if isinstance(value, dict) else list(value or [])
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
    out = []
    for kind, items in _items(interview.notes).items():
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
                )
            )
        title, help_text = KINDS[kind]
        out.append(DebriefSection(kind, title, help_text, rows))
    return out


def active_items(interview: Interview, kind: str) -> list[tuple[dict[str, Any], str]]:
    """The items of one kind the candidate has not dismissed, each with its current wording."""
    decisions = {(d.kind, d.evidence): d for d in interview.debrief_decisions.filter(kind=kind)}
    out = []
    for item in _items(interview.notes)[kind]:
        decision = decisions.get((kind, str(item["evidence"])))
        if decision and decision.status == Decision.DISMISSED:
            continue
        out.append((item, decision.text if decision and decision.text else _found_text(kind, item)))
    return out


def decide(interview: Interview, kind: str, evidence: str, action: str, text: str = "") -> None:
    """Confirm, dismiss, restore or reword one item; the item must still be in the notes."""
    if kind not in KINDS or action not in ACTIONS:
        raise DebriefError("That is not something that can be done to a debrief item.")
    if not any(str(item["evidence"]) == evidence for item in _items(interview.notes)[kind]):
        raise DebriefError("That item is no longer in your notes; the page has been refreshed.")
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
        status = Decision.DISMISSED if action == "dismiss" else Decision.CONFIRMED
        DebriefDecision.objects.update_or_create(
            interview=interview,
            kind=kind,
            evidence=evidence,
            defaults={
                "status": status,
                "text": text if action == "edit" else (existing.text if existing else ""),
            },
        )
