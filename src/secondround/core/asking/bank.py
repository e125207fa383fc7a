"""The bank of questions for the candidate to ask, read from `data/asking/questions.yaml`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from secondround.core.competencies import COMPETENCIES
from secondround.core.datafiles import DataFileError, read_yaml
from secondround.core.roles import ASKING_ROLES

ROLES = ASKING_ROLES
FOLLOW_UP_KINDS = ("concern_with_competency", "concern", "topic")


class AskingDataError(DataFileError):
    """questions.yaml is missing or malformed (a packaging fault, not a user one)."""


@dataclass(frozen=True)
class AskQuestion:
    id: str
    topic: str
    roles: tuple[str, ...]
    text: str
    why: str
    covers: tuple[str, ...] = ()
    competencies: tuple[str, ...] = ()
    tool: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "topic": self.topic,
            "roles": list(self.roles),
            "text": self.text,
            "why": self.why,
            "covers": list(self.covers),
            "competencies": list(self.competencies),
        }


@dataclass(frozen=True)
class Bank:
    topics: dict[str, str]
    subjects: dict[str, re.Pattern[str]]
    questions: tuple[AskQuestion, ...]
    follow_ups: dict[str, tuple[str, str]]


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise AskingDataError(f"questions.yaml: {where} must be a list of names.")
    return tuple(value)


@lru_cache(maxsize=1)
def load_asking_bank() -> Bank:
    """The whole bank, checked: known topics, roles, subjects and competencies, unique ids."""
    data = read_yaml("asking", "questions.yaml", AskingDataError, version=1)
    topics = data.get("topics")
    if not isinstance(topics, dict) or not topics:
        raise AskingDataError("questions.yaml: topics must be a mapping.")
    try:
        subjects = {
            str(k): re.compile(str(v), re.IGNORECASE) for k, v in data.get("subjects", {}).items()
        }
    except re.error as exc:
        raise AskingDataError(f"questions.yaml: a subject pattern is wrong: {exc}") from exc
    questions = []
    seen: set[str] = set()
    for item in data.get("questions") or []:
        if not isinstance(item, dict) or not all(
            isinstance(item.get(k), str) and item[k].strip() for k in ("id", "topic", "text", "why")
        ):
            raise AskingDataError(
                f"questions.yaml: a question lacks id, topic, text or why: {item}"
            )
        qid = item["id"]
        if qid in seen:
            raise AskingDataError(f"questions.yaml: the id {qid!r} is used twice.")
        seen.add(qid)
        roles = _strings(item.get("roles"), f"{qid}.roles")
        covers = _strings(item.get("covers", []), f"{qid}.covers")
        competencies = _strings(item.get("competencies", []), f"{qid}.competencies")
        problems = (
            [f"topic {item['topic']!r}"] * (item["topic"] not in topics)
            + [f"role {r!r}" for r in roles if r not in ROLES]
            + [f"subject {s!r}" for s in covers if s not in subjects]
            + [f"competency {c!r}" for c in competencies if c not in COMPETENCIES]
        )
        if problems or not roles:
            raise AskingDataError(f"questions.yaml: {qid} has an unknown {', '.join(problems)}.")
        tool = bool(item.get("tool", False))
        if tool != ("{tool}" in item["text"]):
            raise AskingDataError(f"questions.yaml: {qid} must say tool: true with {{tool}}.")
        questions.append(
            AskQuestion(
                qid, item["topic"], roles, item["text"], item["why"], covers, competencies, tool
            )
        )
    follow_ups = {}
    for kind in FOLLOW_UP_KINDS:
        entry = (data.get("follow_ups") or {}).get(kind)
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), str) for k in ("text", "why")
        ):
            raise AskingDataError(f"questions.yaml: follow_ups.{kind} needs text and why.")
        follow_ups[kind] = (entry["text"], entry["why"])
    return Bank(dict(topics), subjects, tuple(questions), follow_ups)
