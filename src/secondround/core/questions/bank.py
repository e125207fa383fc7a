"""The question bank (`data/questions/*.yaml`), written for this project and checked as it loads.

Each file holds `source` and a list of `questions`. A question has an id, its text, a kind
(`competency` or one of the other kinds of a second interview), the competency it tests, a style,
the interviewer roles that tend to ask it, a difficulty 1-3 and one or two follow-up probes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Final

import yaml

from secondround.core.competencies import COMPETENCIES
from secondround.core.datafiles import DataFileError, parse_yaml, read_text
from secondround.core.roles import ROLES

KINDS: Final[dict[str, str]] = {
    "competency": "Competency",
    "motivation": "Motivation and fit",
    "experience": "Your experience",
    "first_interview": "Following up round one",
    "salary": "Salary",
    "loose_ends": "Loose ends",
    "culture": "Culture",
    "second_round": "Second round",
}
STYLES: Final[dict[str, str]] = {
    "behavioural": "Behavioural",
    "situational": "Situational",
    "in_depth": "In depth",
    "plain": "Plain",
}
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FIELDS = frozenset(
    {"id", "text", "kind", "competency", "style", "asked_by", "difficulty", "probes"}
)


class QuestionBankError(DataFileError):
    """A question file is missing or malformed (a packaging fault, not a user one)."""


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    kind: str
    competency: str | None
    style: str
    asked_by: tuple[str, ...]
    difficulty: int
    probes: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "kind": self.kind,
            "competency": self.competency,
            "style": self.style,
            "asked_by": list(self.asked_by),
            "difficulty": self.difficulty,
            "probes": list(self.probes),
        }


@dataclass(frozen=True)
class Bank:
    questions: tuple[Question, ...]
    sources: tuple[str, ...]

    def __iter__(self) -> Iterator[Question]:
        return iter(self.questions)

    def __len__(self) -> int:
        return len(self.questions)

    def get(self, question_id: str) -> Question | None:
        return _index(self).get(question_id)

    def of_kind(self, kind: str) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.kind == kind)


@lru_cache(maxsize=4)
def _index(bank: Bank) -> dict[str, Question]:
    return {q.id: q for q in bank.questions}


@lru_cache(maxsize=1)
def load_bank() -> Bank:
    """Every question of every file in `data/questions/`, in file order; raises on any fault."""
    folder = resources.files("secondround").joinpath("data", "questions")
    names = sorted(
        entry.name for entry in folder.iterdir() if entry.name.endswith((".yaml", ".yml"))
    )
    if not names:
        raise QuestionBankError("The question bank has no files in data/questions/.")
    questions: list[Question] = []
    sources: list[str] = []
    for name in names:
        data = _read(name, read_text("questions", name, QuestionBankError))
        sources.append(str(data["source"]))
        questions.extend(_question(name, n, raw) for n, raw in enumerate(data["questions"], 1))
    _check_unique(questions)
    return Bank(tuple(questions), tuple(sources))


def parse_bank(name: str, text: str) -> Bank:
    """One file's questions, checked the same way as the shipped bank (for tests and tools)."""
    data = _read(name, text)
    questions = [_question(name, n, raw) for n, raw in enumerate(data["questions"], 1)]
    _check_unique(questions)
    return Bank(tuple(questions), (str(data["source"]),))


def _read(name: str, text: str) -> dict[str, Any]:
    try:
        data = parse_yaml(text)
    except yaml.YAMLError as exc:
        raise QuestionBankError(f"{name} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise QuestionBankError(f"{name} must hold a mapping with a list of questions.")
    if not isinstance(data.get("source"), str) or not data["source"].strip():
        raise QuestionBankError(f"{name} must say where its questions come from (source).")
    return data


def _question(name: str, number: int, raw: Any) -> Question:
    where = f"{name}, question {number}"
    if not isinstance(raw, dict):
        raise QuestionBankError(f"{where}: expected a mapping.")
    unknown = set(raw) - _FIELDS
    if unknown:
        raise QuestionBankError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}.")
    qid = raw.get("id")
    if not isinstance(qid, str) or not _ID.match(qid):
        raise QuestionBankError(f"{where}: id must be lower-case words joined by hyphens.")
    where = f"{name}, question {qid}"
    text = raw.get("text")
    if not isinstance(text, str) or not 10 <= len(text.strip()) <= 300:
        raise QuestionBankError(f"{where}: text must be a question of 10 to 300 characters.")
    if not text.strip().endswith(("?", ".")):
        raise QuestionBankError(f"{where}: text must end with '?' or '.'.")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise QuestionBankError(f"{where}: kind must be one of {', '.join(KINDS)}.")
    competency = raw.get("competency")
    if competency is not None and competency not in COMPETENCIES:
        raise QuestionBankError(f"{where}: {competency!r} is not one of the 16 competencies.")
    if kind == "competency" and competency is None:
        raise QuestionBankError(f"{where}: a competency question must name its competency.")
    style = raw.get("style")
    if style not in STYLES:
        raise QuestionBankError(f"{where}: style must be one of {', '.join(STYLES)}.")
    asked_by = raw.get("asked_by")
    if not isinstance(asked_by, list) or not asked_by or not set(asked_by) <= set(ROLES):
        raise QuestionBankError(f"{where}: asked_by must list roles from {', '.join(ROLES)}.")
    difficulty = raw.get("difficulty")
    if difficulty not in (1, 2, 3) or isinstance(difficulty, bool):
        raise QuestionBankError(f"{where}: difficulty must be 1, 2 or 3.")
    probes = raw.get("probes")
    if (
        not isinstance(probes, list)
        or not 1 <= len(probes) <= 2
        or not all(isinstance(p, str) and p.strip() for p in probes)
    ):
        raise QuestionBankError(f"{where}: probes must list one or two follow-up questions.")
    return Question(
        id=qid,
        text=" ".join(text.split()),
        kind=kind,
        competency=competency,
        style=style,
        asked_by=tuple(dict.fromkeys(asked_by)),
        difficulty=int(difficulty),
        probes=tuple(" ".join(p.split()) for p in probes),
    )


def _check_unique(questions: list[Question]) -> None:
    ids: set[str] = set()
    texts: set[str] = set()
    for q in questions:
        if q.id in ids:
            raise QuestionBankError(f"Question id {q.id!r} is used twice.")
        folded = q.text.casefold()
        if folded in texts:
            raise QuestionBankError(f"Question {q.id!r} repeats the text of another question.")
        ids.add(q.id)
        texts.add(folded)
