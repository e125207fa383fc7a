"""Every field of every imported record is checked: a file with one wrong type, value, choice,
length or someone else's record is refused in one sentence, and nothing changes."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User

from secondround.cli.exit_codes import ExitStatus
from secondround.interviews.models import Interview
from secondround.practice.models import FriendMark, PracticeAnswer, PracticeSession
from secondround.services import practice
from secondround.services.exchange import export_data


@pytest.fixture
def valid(user: User) -> dict[str, Any]:
    """A real export: an interview with a person, a dry run with an answer and a friend's mark."""
    interview = Interview.objects.create(
        owner=user, company="Acme", role="Analyst", notes="- she asked about budgets"
    )
    interview.people.create(name="Ann Bell", role="hr")
    session = practice.start_session(user, interview, 3)
    practice.record_answer(session, 0, False, "I ran the budget review and cut costs by 8%.", 40)
    FriendMark.objects.create(session=session, position=0, heard_action=True, rating=4)
    data = json.loads(json.dumps(export_data(user)))
    # Start from an empty database, so a refused import visibly leaves nothing behind.
    Interview.objects.all().delete()
    return data


def _interview(data: dict[str, Any]) -> dict[str, Any]:
    return data["interviews"][0]


def _session(data: dict[str, Any]) -> dict[str, Any]:
    return data["practice_sessions"][0]


def _answer(data: dict[str, Any]) -> dict[str, Any]:
    return _session(data)["answers"][0]


def _mark(data: dict[str, Any]) -> dict[str, Any]:
    return _session(data)["marks"][0]


def _question(data: dict[str, Any]) -> dict[str, Any]:
    return _session(data)["plan"][0]


# (what is changed, where, the value, words of the refusal)
BAD: list[tuple[str, Callable[[dict[str, Any]], dict[str, Any]], str, Any, str]] = [
    ("company is a list", _interview, "company", ["Acme"], "company is not text"),
    ("company is too long", _interview, "company", "A" * 201, "longer than 200"),
    ("company is blank", _interview, "company", "   ", "company is empty"),
    ("role holds a NUL", _interview, "role", "Ana\x00lyst", "NUL character"),
    ("round is a string", _interview, "round", "2", "round is not a whole number"),
    ("round is true", _interview, "round", True, "round is not a whole number"),
    ("round is 0", _interview, "round", 0, "from 1 to 20"),
    ("status unknown", _interview, "status", "hired!", "status is not one of the known"),
    ("time zone unknown", _interview, "timezone", "Mars/Olympus", "unknown time zone"),
    ("start not a date", _interview, "starts_at", "soon", "not a date and time"),
    ("start without zone", _interview, "starts_at", "2030-01-01T10:00", "not a date and time"),
    ("start in year 9999", _interview, "starts_at", "9999-12-31T23:59:00-10:00", "between"),
    ("people not a list", _interview, "people", {"a": 1}, "people is not a list"),
    ("notes too long", _interview, "notes", "x" * 100_001, "longer than 100,000"),
    ("decision kind unknown", _interview, "debrief_decisions",
     [{"kind": "gossip", "evidence": "x", "status": "confirmed"}], "kind is not one of"),
    ("competency is a list", _question, "competency", ["teamwork"], "competency is not text"),
    ("question id is a list", _question, "id", ["q1"], "id is not text"),
    ("question text missing", _question, "text", None, "text is missing"),
    ("probes not text", _question, "probes", [1, 2], "probes entry 1 is not text"),
    ("plan not a list", _session, "plan", "q1", "plan is not a list"),
    ("asked_by unknown", _session, "asked_by", "ceo", "asked_by is not one of"),
    ("length negative", _session, "length", -1, "length is not a number"),
    ("answer text a number", _answer, "text", 42, "text is not text"),
    ("answer position too far", _answer, "position", 7, "answer to a question it does not"),
    ("duration is NaN", _answer, "duration_s", float("nan"), "not a finite number"),
    ("duration is text", _answer, "duration_s", "80", "duration_s is not a number"),
    ("overall over 100", _answer, "overall", 250, "overall is not a number from 0 to 100"),
    ("feedback not a record", _answer, "feedback", [1], "feedback is not a record"),
    ("feedback scores text", _answer, "feedback", {"scores": "high"}, "scores is not a record"),
    ("answer id invalid", _answer, "uuid", "abc", "uuid is not a valid record id"),
    ("mark rating 9", _mark, "rating", 9, "rating is not a number from 1 to 5"),
    ("mark flag a string", _mark, "heard_task", "yes", "heard_task is not true or false"),
    ("mark hedging unknown", _mark, "hedging", "lots", "hedging is not one of"),
    ("mark comment 5 MB", _mark, "comment", "x" * 5_000_000, "longer than 2,000"),
    ("mark position too far", _mark, "position", 50, "mark for a question it does not"),
]  # fmt: skip


def _import(cli: Callable[..., Any], tmp_path: Path, data: dict[str, Any]) -> Any:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    return cli("import", str(path))


def _refused(result: Any, words: str) -> None:
    assert result.code == ExitStatus.BAD_IMPORT, result.out + result.err
    assert words in result.err
    assert "nothing was imported" in result.err
    assert "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not Interview.objects.exists() and not PracticeSession.objects.exists()


def test_the_untouched_export_imports(
    cli: Callable[..., Any], tmp_path: Path, valid: dict[str, Any]
) -> None:
    result = _import(cli, tmp_path, valid)
    assert result.code == 0, result.err
    assert PracticeAnswer.objects.count() == 1 and FriendMark.objects.count() == 1


@pytest.mark.parametrize(("case", "where", "key", "value", "words"), BAD, ids=[b[0] for b in BAD])
def test_a_bad_field_is_refused_and_nothing_changes(
    cli: Callable[..., Any],
    tmp_path: Path,
    valid: dict[str, Any],
    case: str,
    where: Callable[[dict[str, Any]], dict[str, Any]],
    key: str,
    value: Any,
    words: str,
) -> None:
    data = copy.deepcopy(valid)
    where(data)[key] = value
    _refused(_import(cli, tmp_path, data), words)


def test_the_same_answer_twice_is_refused(
    cli: Callable[..., Any], tmp_path: Path, valid: dict[str, Any]
) -> None:
    _session(valid)["answers"].append(copy.deepcopy(_answer(valid)))
    _refused(_import(cli, tmp_path, valid), "the same record twice")


@pytest.mark.parametrize("raw", ["[" * 100_000, '{"format": 1' + "0" * 5000 + "}"])
def test_malformed_json_is_refused_without_a_traceback(
    cli: Callable[..., Any], tmp_path: Path, raw: str, user: User
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(raw)
    result = cli("import", str(path))
    assert result.code == ExitStatus.BAD_IMPORT
    assert "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1


def test_an_answer_belonging_to_another_account_is_refused(
    cli: Callable[..., Any], tmp_path: Path, valid: dict[str, Any], user: User
) -> None:
    stranger = User.objects.create(username="someone-else")
    theirs = Interview.objects.create(owner=stranger, company="Theirs", role="Spy")
    session = PracticeSession.objects.create(owner=stranger, interview=theirs, plan=[])
    PracticeAnswer.objects.create(
        session=session, position=0, prompt="q", text="their answer", uuid=_answer(valid)["uuid"]
    )
    result = _import(cli, tmp_path, valid)
    assert result.code == ExitStatus.BAD_IMPORT
    assert "belong to another account" in result.err
    assert PracticeAnswer.objects.get().text == "their answer"
    assert not Interview.objects.filter(owner=user).exists()


def test_a_mark_belonging_to_another_account_is_refused(
    cli: Callable[..., Any], tmp_path: Path, valid: dict[str, Any], user: User
) -> None:
    stranger = User.objects.create(username="someone-else")
    theirs = Interview.objects.create(owner=stranger, company="Theirs", role="Spy")
    session = PracticeSession.objects.create(owner=stranger, interview=theirs, plan=[])
    FriendMark.objects.create(
        session=session, position=0, comment="theirs", uuid=_mark(valid)["uuid"]
    )
    result = _import(cli, tmp_path, valid)
    assert result.code == ExitStatus.BAD_IMPORT
    assert "belong to another account" in result.err
    assert FriendMark.objects.get().comment == "theirs"
    assert not Interview.objects.filter(owner=user).exists()


def test_importing_an_answer_again_into_another_dry_run_moves_it(
    cli: Callable[..., Any], tmp_path: Path, valid: dict[str, Any]
) -> None:
    assert _import(cli, tmp_path, valid).code == 0
    moved = copy.deepcopy(valid)
    _session(moved)["uuid"] = "5b0e3f57-2d57-4f77-9d11-8a2b6f3c9d40"
    _mark(moved)["uuid"] = _mark(valid)["uuid"]
    result = _import(cli, tmp_path, moved)
    assert result.code == 0, result.err
    assert PracticeAnswer.objects.count() == 1
    assert PracticeAnswer.objects.get().session.uuid.hex == moved["practice_sessions"][0][
        "uuid"
    ].replace("-", "")
