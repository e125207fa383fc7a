"""Three or four questions for the candidate to ask each person they will meet, each with why.

Tailored to the person's role and to what the advert stresses; questions the notes of earlier
rounds already answer are left out (and said so); what round one left open is followed up first.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from secondround.core.asking.bank import ROLES, AskQuestion, Bank, load_asking_bank
from secondround.core.competencies import competency_label

PER_PERSON = 4
# Who is best placed to hear a follow-up of a round-one concern, in order.
_CONCERN_ROLES = ("line_manager", "senior_executive", "hr", "current_holder", "team_member")
_TOPIC_ROLES = ("line_manager", "team_member", "current_holder", "senior_executive", "hr")
_MAX_CONCERNS = 2
# A topic worth following up reads as a subject ("the refit and the Christmas plan"), not as
# a question they asked ("how would you design a rate limiter?").
_NOT_A_THREAD = re.compile(
    r"\?|^(how|what|why|when|where|which|who|tell me|describe|give me|talk me|walk me|asked)\b|"
    r"\b(i|my|me|i'd|i've)\b",
    re.IGNORECASE,
)
# Topics a second round tends to end on, by the role best placed to answer them.
_ROLE_TOPICS = {
    "line_manager": {"fit": 1.0, "success": 0.5, "challenges": 0.5},
    "senior_executive": {"direction": 1.0, "fit": 0.5},
    "hr": {"next_steps": 1.0, "growth": 0.5},
    "team_member": {"team": 0.5, "culture": 0.5},
    "current_holder": {"day_to_day": 0.5, "challenges": 0.5},
}


@dataclass(frozen=True)
class Interviewer:
    name: str
    role: str  # one of ROLES, or "other"


@dataclass(frozen=True)
class Fact:
    """Something the notes already say about the job (the debrief reader's facts)."""

    text: str
    category: str = "other"


@dataclass(frozen=True)
class OpenItem:
    """What round one left open: a concern they raised, or a topic to pick up again."""

    kind: Literal["concern", "topic"]
    text: str
    evidence: str
    competency: str | None = None


@dataclass(frozen=True)
class JobFocus:
    """What the advert stresses: competency key -> (weight 1-3, the ad's words), and its tools."""

    competencies: dict[str, tuple[int, str]] = field(default_factory=dict)
    tools: tuple[str, ...] = ()


@dataclass(frozen=True)
class Suggestion:
    key: str  # the bank id, or "follow:<kind>:<digest of the notes' words>" for a follow-up
    text: str
    why: str
    topic: str
    source: Literal["bank", "follow_up"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "text": self.text,
            "why": self.why,
            "topic": self.topic,
            "source": self.source,
        }


@dataclass(frozen=True)
class LeftOut:
    key: str
    text: str
    fact: str

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "text": self.text, "answered_by": self.fact}


@dataclass(frozen=True)
class PersonQuestions:
    """A person's questions: the first `PER_PERSON` are recommended, the rest stand by."""

    name: str
    role: str
    ranked: tuple[Suggestion, ...]

    @property
    def recommended(self) -> tuple[Suggestion, ...]:
        return self.ranked[:PER_PERSON]


@dataclass(frozen=True)
class AskPlan:
    people: tuple[PersonQuestions, ...]
    left_out: tuple[LeftOut, ...]


def _answered(
    question: AskQuestion, facts: Sequence[Fact], bank: Bank, job: JobFocus
) -> Fact | None:
    for fact in facts:
        if question.tool and job.tools[0].lower() not in fact.text.lower():
            # "They use Jira" says nothing about how the team uses the Python the advert names.
            continue
        if any(bank.subjects[s].search(fact.text) for s in question.covers):
            return fact
    return None


def _fit(question: AskQuestion, role: str) -> float | None:
    if role in question.roles:
        return 3.0 - 0.5 * min(question.roles.index(role), 2)
    if role not in ROLES:
        # Someone whose part is unknown: general questions a manager or peer could answer.
        return 1.5 if {"line_manager", "team_member"} & set(question.roles) else None
    return None


def _bank_suggestion(question: AskQuestion, job: JobFocus) -> Suggestion | None:
    text, why = question.text, question.why
    if question.tool:
        if not job.tools:
            return None
        text, why = text.replace("{tool}", job.tools[0]), why.replace("{tool}", job.tools[0])
    stressed = [c for c in question.competencies if c in job.competencies]
    if stressed:
        key = max(stressed, key=lambda c: job.competencies[c][0])
        evidence, label = job.competencies[key][1], competency_label(key).lower()
        quoted = evidence and evidence.lower() != label
        why += f" The advert stresses {label}" + (f" (“{evidence}”)." if quoted else ".")
    return Suggestion(question.id, text, why, question.topic, "bank")


def _score(question: AskQuestion, role: str, job: JobFocus) -> float | None:
    fit = _fit(question, role)
    if fit is None:
        return None
    boost = max(
        (job.competencies[c][0] for c in question.competencies if c in job.competencies), default=0
    )
    score = fit + 0.5 * boost + _ROLE_TOPICS.get(role, {}).get(question.topic, 0.0)
    return score + (1.0 if question.tool else 0.0)


def _digest(evidence: str) -> str:
    """A short key for a follow-up that stays the same while its words stay in the notes."""
    return hashlib.sha1(" ".join(evidence.split()).encode()).hexdigest()[:10]


def _follow_ups(bank: Bank, items: Sequence[OpenItem]) -> list[tuple[Suggestion, tuple[str, ...]]]:
    out: list[tuple[Suggestion, tuple[str, ...]]] = []
    concerns = [i for i in items if i.kind == "concern"][:_MAX_CONCERNS]
    named = [i for i in concerns if i.competency]
    vague = [i for i in concerns if not i.competency]
    for item in named:
        text, why = bank.follow_ups["concern_with_competency"]
        label = competency_label(item.competency or "").lower()
        out.append(
            (
                Suggestion(
                    f"follow:concern:{_digest(item.evidence)}",
                    text.replace("{competency}", label),
                    why.replace("{evidence}", item.evidence.strip()),
                    "fit",
                    "follow_up",
                ),
                _CONCERN_ROLES,
            )
        )
    if vague:
        # Concerns without a clear competency share one question; the why quotes each of them.
        text, why = bank.follow_ups["concern"]
        quoted = "”; “".join(i.evidence.strip() for i in vague)
        out.append(
            (
                Suggestion(
                    f"follow:concern:{_digest(vague[0].evidence)}",
                    text,
                    why.replace("{evidence}", quoted),
                    "fit",
                    "follow_up",
                ),
                _CONCERN_ROLES,
            )
        )
    threads = [
        i
        for i in items
        if i.kind == "topic" and len(i.text.split()) <= 8 and not _NOT_A_THREAD.search(i.text)
    ]
    if threads:
        item = threads[0]
        text, why = bank.follow_ups["topic"]
        # "migration to AWS, they're ~halfway": the subject is what comes before the aside.
        subject = re.split(r"\s*[,;:(]|\s[-–—]\s", item.text.strip(), maxsplit=1)[0].rstrip(".")
        out.append(
            (
                Suggestion(
                    f"follow:topic:{_digest(item.evidence)}",
                    text.replace("{topic}", subject),
                    why.replace("{evidence}", item.evidence.strip()),
                    "next_steps",
                    "follow_up",
                ),
                _TOPIC_ROLES,
            )
        )
    return out


def suggest_questions(
    people: Sequence[Interviewer],
    job: JobFocus | None = None,
    facts: Sequence[Fact] = (),
    open_items: Sequence[OpenItem] = (),
    bank: Bank | None = None,
) -> AskPlan:
    """Each person's questions, best first; no question is recommended to two people."""
    bank = bank or load_asking_bank()
    job = job or JobFocus()
    left_out: dict[str, LeftOut] = {}
    ranked: list[list[tuple[float, int, Suggestion]]] = []
    for person in people:
        options = []
        for order, question in enumerate(bank.questions):
            score = _score(question, person.role, job)
            if score is None:
                continue
            suggestion = _bank_suggestion(question, job)
            if suggestion is None:
                continue
            fact = _answered(question, facts, bank, job)
            if fact is not None:
                left_out.setdefault(question.id, LeftOut(question.id, suggestion.text, fact.text))
                continue
            options.append((score, order, suggestion))
        options.sort(key=lambda o: (-o[0], o[1]))
        ranked.append(options)
    # Follow-ups go to the person best placed to hear them, ahead of everything else.
    firsts: list[list[Suggestion]] = [[] for _ in people]
    for suggestion, roles in _follow_ups(bank, open_items):
        if not people:
            break
        best = [i for role in roles for i, p in enumerate(people) if p.role == role]
        best += [i for i in range(len(people)) if i not in best]
        # Two follow-ups at most per person, so each still has room for questions of their own.
        at = next((i for i in best if len(firsts[i]) < 2), best[0])
        firsts[at].append(suggestion)
    taken: set[str] = set()
    chosen: list[list[Suggestion]] = [list(f) for f in firsts]
    # Round by round, each person takes their best question nobody else has, one topic at a time.
    for _ in range(PER_PERSON):
        for i, options in enumerate(ranked):
            if len(chosen[i]) >= PER_PERSON:
                continue
            topics = {s.topic for s in chosen[i]}
            pick = min(
                (o for o in options if o[2].key not in taken),
                key=lambda o: (-(o[0] - (2.0 if o[2].topic in topics else 0.0)), o[1]),
                default=None,
            )
            if pick is not None:
                chosen[i].append(pick[2])
                taken.add(pick[2].key)
    out = []
    for person, picks, options in zip(people, chosen, ranked, strict=True):
        mine = {s.key for s in picks}
        rest = [o[2] for o in options if o[2].key not in taken and o[2].key not in mine]
        out.append(PersonQuestions(person.name, person.role, tuple(picks + rest)))
    return AskPlan(tuple(out), tuple(left_out.values()))
