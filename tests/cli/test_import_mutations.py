"""Hundreds of one-field mutations of a real export, seeded: each is either refused with
ImportRefused (nothing written) or imported whole, and the pages' readers still work on it."""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db import transaction
from django.test import Client

from secondround.interviews.models import Interview
from secondround.practice.models import FriendMark, PracticeSession
from secondround.services import practice
from secondround.services.exchange import ImportRefused, export_data, import_data, parse_export
from secondround.services.planning import read_interview

ODD_VALUES: list[Any] = [
    None, "", " ", "x" * 300, "[/]\x1b[2J", 10**30, -1, 0, 1.5, float("inf"), True, False,
    [], {}, ["a"], {"a": 1}, "2030-01-01", "9999-12-31T23:59:00-10:00", "Mars/Olympus",
]  # fmt: skip
MUTATIONS = 200


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path] if path else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*path, index))
    return found


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


@pytest.fixture
def export(user: User) -> dict[str, Any]:
    interview = Interview.objects.create(
        owner=user, company="Acme", role="Analyst", notes="- she asked about budgets"
    )
    interview.people.create(name="Ann Bell", role="hr")
    session = practice.start_session(user, interview, 3)
    practice.record_answer(session, 0, False, "I ran the budget review and cut costs by 8%.", 40)
    FriendMark.objects.create(session=session, position=0, heard_action=True, rating=4)
    data: dict[str, Any] = json.loads(json.dumps(export_data(user)))
    # Keep the mutations to the records (the header's checks have their own tests), and the
    # coach's long feedback to a few of its fields so the records get their share.
    feedback = data["practice_sessions"][0]["answers"][0]["feedback"]
    feedback["sentences"] = feedback["sentences"][:1]
    return data


def test_every_mutation_is_refused_cleanly_or_imported_whole(
    user: User, export: dict[str, Any], client_in: Client
) -> None:
    rng = random.Random(7)
    paths = [p for p in _paths(export) if p[0] in ("interviews", "practice_sessions")]
    refused = imported = 0
    for _ in range(MUTATIONS):
        data = copy.deepcopy(export)
        path = rng.choice(paths)
        value = rng.choice(ODD_VALUES)
        _set(data, path, value)
        before = (Interview.objects.count(), PracticeSession.objects.count())
        try:
            with transaction.atomic():
                import_data(user, parse_export(json.dumps(data)))
        except ImportRefused:
            refused += 1
            assert (Interview.objects.count(), PracticeSession.objects.count()) == before
            continue
        imported += 1
        # What was let in must not trip the readers of every page and command.
        for interview in Interview.objects.filter(owner=user):
            read_interview(interview, mastered=practice.mastered_competencies(user, interview))
            assert client_in.get(f"/interviews/{interview.pk}/").status_code == 200, path
            assert client_in.get(f"/interviews/{interview.pk}/plan/").status_code == 200, path
        for session in PracticeSession.objects.filter(owner=user):
            practice.next_step(session)
            practice.report(session)
            report = client_in.get(f"/practice/{session.pk}/report/")
            assert report.status_code == 200, (path, value)
        assert client_in.get("/practice/").status_code == 200, (path, value)
        assert client_in.get("/").status_code == 200, (path, value)
    assert refused > 80 and imported > 10, (refused, imported)
