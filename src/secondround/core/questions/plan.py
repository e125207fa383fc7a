"""The plan: which questions to practise for one interview, and why each was picked.

The job's competencies, weighted, come first; the key ones come back in other wordings, as a second
interview asks them; each person to meet gets questions their role tends to ask; concerns raised in
round one are followed up; competencies already mastered in recent dry runs are left out unless
asked for. Deterministic for the same inputs and seed, so a plan can be explained and tested.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final, NotRequired, TypedDict

from secondround.core.competencies import COMPETENCIES, competency_label
from secondround.core.questions.bank import KINDS, ROLES, STYLES, Bank, Question, load_bank
from secondround.core.text.words import content_words, keyword_stem

# Asked in nearly every second interview; used when the job names no competency at all.
DEFAULT_COMPETENCIES: Final = (
    "problem_solving",
    "teamwork",
    "communication",
    "adaptability",
    "initiative",
    "prioritisation",
)
# The first wording of a competency is a story ("Tell me about a time"); variants change form.
_STYLE_ORDER: Final = ("behavioural", "situational", "in_depth", "plain")
# What each interviewer tends to ask beyond the job's competencies.
_ROLE_KINDS: Final[dict[str, tuple[str, ...]]] = {
    "line_manager": ("second_round", "experience"),
    "senior_executive": ("second_round", "motivation"),
    "team_member": ("culture", "experience"),
    "current_holder": ("experience", "second_round"),
    "hr": ("loose_ends", "salary"),
    "other": ("motivation", "culture"),
}


@dataclass(frozen=True)
class Need:
    """A competency the interview will test, with its weight 1-3 and the phrase that says so."""

    competency: str
    weight: int
    evidence: str = ""
    source: str = "job"


@dataclass(frozen=True)
class Interviewer:
    name: str
    role: str


@dataclass(frozen=True)
class Concern:
    """A doubt raised in an earlier round, in the candidate's notes."""

    text: str
    competency: str | None = None


class StoredQuestion(TypedDict):
    """One question of a plan in its JSON form: stored with a dry run, exported, printed."""

    id: str
    text: str
    kind: str
    competency: str | None
    style: str
    asked_by: list[str]
    difficulty: int
    probes: list[str]
    reason: str
    for_person: str | None
    for_role: str | None
    competency_label: str | None
    kind_label: str
    style_label: str
    # The story bank's story for the question, added when a dry run is stored.
    story: NotRequired[dict[str, Any]]


@dataclass(frozen=True)
class PracticePoint:
    """The candidate's own criticism of an earlier round (`fault`) and what to practise."""

    text: str
    fault: str


@dataclass(frozen=True)
class PlannedQuestion:
    question: Question
    reason: str
    for_person: str | None = None
    for_role: str | None = None

    def to_dict(self) -> StoredQuestion:
        q = self.question
        return {
            "id": q.id,
            "text": q.text,
            "kind": q.kind,
            "competency": q.competency,
            "style": q.style,
            "asked_by": list(q.asked_by),
            "difficulty": q.difficulty,
            "probes": list(q.probes),
            "reason": self.reason,
            "for_person": self.for_person,
            "for_role": self.for_role,
            "competency_label": competency_label(q.competency) if q.competency else None,
            "kind_label": KINDS[q.kind],
            "style_label": STYLES[q.style],
        }


@dataclass(frozen=True)
class Plan:
    questions: tuple[PlannedQuestion, ...]
    # Competencies left out because recent dry runs show them mastered: key -> average score.
    mastered_left_out: Mapping[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "questions": [q.to_dict() for q in self.questions],
            "mastered_left_out": [
                {"competency": key, "average_score": round(score)}
                for key, score in self.mastered_left_out.items()
            ],
        }


def plan_questions(
    needs: Sequence[Need],
    interviewers: Sequence[Interviewer] = (),
    concerns: Sequence[Concern] = (),
    *,
    mastered: Mapping[str, float] | None = None,
    include_mastered: bool = False,
    asked_by: str | None = None,
    count: int | None = None,
    had_earlier_round: bool = False,
    recently_asked: Iterable[str] = (),
    seed: int = 0,
    bank: Bank | None = None,
    practice: Sequence[PracticePoint] = (),
) -> Plan:
    """The questions to practise, most important first, each with the reason it was picked.

    `asked_by` narrows the plan to one interviewer role; `count` cuts it to that many questions;
    `recently_asked` ids are used only when nothing else fits; `seed` varies the wording chosen.
    Each of `practice` (the candidate's own criticism of an earlier round) gets the question that
    shares most of its words, with the fault and what to practise as the reason.
    """
    if asked_by is not None and asked_by not in ROLES:
        raise ValueError(f"Unknown interviewer role {asked_by!r}.")
    picker = _Picker(
        bank or load_bank(),
        roles=_roles(asked_by, interviewers),
        recently_asked=frozenset(recently_asked),
        seed=seed,
    )
    mastered = dict(mastered or {})
    needs, left_out = _weighted_needs(needs, mastered, include_mastered)
    people = [p for p in interviewers if asked_by is None or p.role == asked_by]
    slots = _slots(needs, people, concerns, had_earlier_round, asked_by)
    # After the concerns, before the job's competencies: the candidate's own points to practise.
    at = len(concerns)
    slots[at:at] = [_practice_slot(point) for point in practice]
    chosen: list[PlannedQuestion] = []
    for slot in slots:
        if count is not None and len(chosen) >= count:
            break
        question = picker.pick(slot.accepts, slot.styles, slot.words)
        if question is not None:
            name = slot.person.name if slot.person else None
            role = slot.person.role if slot.person else None
            chosen.append(PlannedQuestion(question, slot.reason, name, role))
    # A short bank (or a narrow role) may leave room: fill it with any unused question.
    while count is not None and len(chosen) < count:
        question = picker.pick(lambda q: True, _STYLE_ORDER)
        if question is None:
            break
        chosen.append(PlannedQuestion(question, "More practice in the same vein."))
    return Plan(tuple(_assign_people(chosen, people, asked_by)), left_out)


@dataclass(frozen=True)
class _Slot:
    accepts: Callable[[Question], bool]
    styles: tuple[str, ...]
    reason: str
    person: Interviewer | None = None
    # Words the question should share, most shared first (a concern's own words).
    words: frozenset[str] = frozenset()


def _roles(asked_by: str | None, interviewers: Sequence[Interviewer]) -> frozenset[str]:
    if asked_by is not None:
        return frozenset({asked_by})
    return frozenset(p.role for p in interviewers)


def _weighted_needs(
    needs: Sequence[Need], mastered: Mapping[str, float], include_mastered: bool
) -> tuple[list[Need], dict[str, float]]:
    """Needs merged per competency (highest weight wins), mastered ones set aside."""
    merged: dict[str, Need] = {}
    for need in needs:
        if need.competency not in COMPETENCIES:
            continue
        weight = min(3, max(1, need.weight))
        old = merged.get(need.competency)
        if old is None or weight > old.weight:
            merged[need.competency] = Need(need.competency, weight, need.evidence, need.source)
    if not merged:
        merged = {
            key: Need(key, 1, "asked in most second interviews", "default")
            for key in DEFAULT_COMPETENCIES
        }
    left_out = {}
    if not include_mastered:
        left_out = {key: mastered[key] for key in merged if key in mastered}
    kept = [need for key, need in merged.items() if key not in left_out]
    if not kept:
        # Everything is mastered: keep practising the heaviest rather than plan nothing.
        kept = sorted(merged.values(), key=lambda n: -n.weight)[:3]
        left_out = {k: v for k, v in left_out.items() if k not in {n.competency for n in kept}}
    kept.sort(key=lambda n: -n.weight)  # stable: first found stays first within a weight
    return kept, left_out


def _slots(
    needs: list[Need],
    people: Sequence[Interviewer],
    concerns: Sequence[Concern],
    had_earlier_round: bool,
    asked_by: str | None,
) -> list[_Slot]:
    """What to ask, most important first; each slot is filled by one question of the bank."""
    slots: list[_Slot] = []
    for concern in concerns:
        slots.append(_concern_slot(concern))
    heavy = [n for n in needs if n.weight == 3]
    middle = [n for n in needs if n.weight == 2]
    light = [n for n in needs if n.weight == 1]
    slots += [_need_slot(n, 0) for n in heavy]
    for person in people:
        slots.append(_person_slot(person, needs))
    if asked_by is None or asked_by in ("line_manager", "senior_executive"):
        slots.append(_kind_slot("second_round", "A second round usually asks how you would start."))
    slots += [_need_slot(n, 1) for n in heavy]
    slots += [_need_slot(n, 0) for n in middle]
    slots.append(_kind_slot("motivation", "They will want to know why this job, and why now."))
    if had_earlier_round:
        slots.append(
            _kind_slot("first_interview", "They will pick up threads from your first interview.")
        )
    slots += [_need_slot(n, 1) for n in middle]
    slots += [_need_slot(n, 2) for n in heavy]
    slots.append(_kind_slot("salary", "Pay often comes up at a second interview."))
    slots.append(_kind_slot("loose_ends", "Practical points are often settled at this stage."))
    slots += [_need_slot(n, 0) for n in light]
    slots.append(_kind_slot("experience", "Expect a deeper look at your experience."))
    slots.append(_kind_slot("culture", "Second rounds test how you would fit in."))
    slots += [_need_slot(n, 2) for n in middle]
    slots += [_need_slot(n, 3) for n in heavy]
    slots += [_need_slot(n, 1) for n in light]
    return slots


def _concern_slot(concern: Concern) -> _Slot:
    reason = f"Raised in an earlier round: “{_clip(concern.text)}”. Expect them to come back to it."
    words = _words(concern.text)
    if concern.competency in COMPETENCIES:
        key = concern.competency
        return _Slot(
            lambda q: q.competency == key, ("behavioural", "in_depth"), reason, None, words
        )
    # No competency: the question that shares most of the concern's words, from those that
    # look back at the candidate's record ("why did you leave…", "you mentioned…").
    kinds = ("first_interview", "experience", "motivation")
    return _Slot(lambda q: q.kind in kinds, ("in_depth", "plain"), reason, None, words)


def _practice_slot(point: PracticePoint) -> _Slot:
    reason = f"You noted after an earlier round: “{_clip(point.fault)}”. Practise: {point.text}."
    # The fault's words, and what to practise, pick the question ("the discount story").
    words = _words(f"{point.fault} {point.text}")
    return _Slot(lambda q: True, ("behavioural", "in_depth", "plain"), reason, None, words)


# Notes are in the past tense and questions in the present: meet "left" with "leave".
_BASE_FORMS: Final = {
    "left": "leave",
    "led": "lead",
    "ran": "run",
    "took": "take",
    "made": "make",
    "went": "go",
    "gave": "give",
    "told": "tell",
    "chose": "choose",
    "fell": "fall",
    "grew": "grow",
    "built": "build",
    "brought": "bring",
    "thought": "think",
    "spent": "spend",
}


def _words(text: str) -> frozenset[str]:
    return frozenset(keyword_stem(_BASE_FORMS.get(w, w)) for w in content_words(text))


def _need_slot(need: Need, variant: int) -> _Slot:
    label = competency_label(need.competency)
    key = need.competency
    styles = _STYLE_ORDER[variant:] + _STYLE_ORDER[:variant]
    if variant:
        reason = (
            f"{label} again, in another wording: second interviews come back to a key "
            "competency in a different form."
        )
    elif need.source == "job":
        strength = "a key competency of" if need.weight == 3 else "asked for in"
        reason = f"{label} is {strength} the job: “{_clip(need.evidence)}”."
    elif need.source == "occupation":
        reason = f"{label} matters in this kind of work ({_clip(need.evidence)})."
    elif need.source == "notes":
        reason = f"{label} came up in your notes: “{_clip(need.evidence)}”."
    else:
        reason = f"{label} is asked in most second interviews."
    return _Slot(lambda q: q.competency == key, styles, reason)


def _person_slot(person: Interviewer, needs: list[Need]) -> _Slot:
    role = person.role
    keys = {n.competency for n in needs}
    kinds = _ROLE_KINDS.get(role, ())
    title = ROLES.get(role, role)
    title = title if title.isupper() else title.lower()
    reason = f"{person.name} ({title}) tends to ask this kind of question."

    def accepts(q: Question) -> bool:
        return role in q.asked_by and (q.competency in keys or q.kind in kinds)

    return _Slot(accepts, ("plain", "in_depth", "situational", "behavioural"), reason, person)


def _kind_slot(kind: str, reason: str) -> _Slot:
    return _Slot(
        lambda q: q.kind == kind, ("plain", "in_depth", "situational", "behavioural"), reason
    )


class _Picker:
    """Chooses unused questions: a role that will be there, the wanted style, fresh wordings."""

    def __init__(
        self, bank: Bank, roles: frozenset[str], recently_asked: frozenset[str], seed: int
    ) -> None:
        self.bank = bank
        self.roles = roles
        self.recently_asked = recently_asked
        self.seed = seed
        self.used: set[str] = set()
        self.used_styles: dict[str | None, set[str]] = {}

    def pick(
        self,
        accepts: Callable[[Question], bool],
        styles: tuple[str, ...],
        words: frozenset[str] = frozenset(),
    ) -> Question | None:
        best: Question | None = None
        best_key: tuple[int, int, int, int, int, str] | None = None
        for q in self.bank.questions:
            if q.id in self.used or not accepts(q):
                continue
            key = (
                0 if q.id not in self.recently_asked else 1,
                -len(words & _question_words(q)) if words else 0,
                0 if not self.roles or self.roles & set(q.asked_by) else 1,
                # A competency's wordings should differ in form, not only in words.
                1 if q.style in self.used_styles.get(q.competency or q.kind, set()) else 0,
                styles.index(q.style) if q.style in styles else len(styles),
                self._shuffle(q.id),
            )
            if best_key is None or key < best_key:
                best, best_key = q, key
        if best is not None:
            self.used.add(best.id)
            self.used_styles.setdefault(best.competency or best.kind, set()).add(best.style)
        return best

    def _shuffle(self, question_id: str) -> str:
        return hashlib.blake2s(f"{self.seed}:{question_id}".encode(), digest_size=6).hexdigest()


@lru_cache(maxsize=1024)
def _question_words(question: Question) -> frozenset[str]:
    return _words(" ".join((question.text, *question.probes)))


def _assign_people(
    chosen: list[PlannedQuestion], people: Sequence[Interviewer], asked_by: str | None
) -> list[PlannedQuestion]:
    """Name who is likely to ask each question, spreading questions across the people to meet."""
    load = {p.name: 0 for p in people}
    out = []
    for planned in chosen:
        if planned.for_person is not None:
            load[planned.for_person] = load.get(planned.for_person, 0) + 1
            out.append(planned)
            continue
        who = [p for p in people if p.role in planned.question.asked_by]
        if not who:
            out.append(PlannedQuestion(planned.question, planned.reason, None, asked_by or None))
            continue
        person = min(who, key=lambda p: load[p.name])
        load[person.name] += 1
        out.append(PlannedQuestion(planned.question, planned.reason, person.name, person.role))
    return out


def _clip(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
