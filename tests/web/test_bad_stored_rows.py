"""A damaged dry run in the database (a question's competency turned into a list, ids that are
not text, an entry that is not a question) costs that row, not every page and command."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from secondround.cli.app import main
from secondround.cli.exit_codes import ExitStatus
from secondround.interviews.models import Interview
from secondround.practice.models import PracticeAnswer, PracticeSession

DAMAGED_PLAN: list[Any] = [
    {"id": ["q1"], "text": "Tell me about a time you led a team.", "competency": ["leadership"]},
    "not a question",
    {"id": "q3", "text": "Why this company?", "kind": {"bad": 1}, "competency": None},
]


@pytest.fixture
def damaged(user: User, make_interview: Callable[..., Interview]) -> PracticeSession:
    interview = make_interview(company="Initech", role="Team lead")
    session = PracticeSession.objects.create(owner=user, interview=interview, plan=DAMAGED_PLAN)
    for position in (0, 2):
        PracticeAnswer.objects.create(
            session=session,
            position=position,
            prompt="q",
            text="I led six people through a move and we cut delays by 30%.",
            feedback={"scores": {"overall": 85}, "probe": ["not", "text"]},
            overall=85,
        )
    return session


def test_the_plan_page_of_every_interview_still_opens(
    client_in: Client, damaged: PracticeSession, make_interview: Callable[..., Interview]
) -> None:
    other = make_interview(company="Globex", role="Planner")
    assert client_in.get(f"/interviews/{other.pk}/plan/").status_code == 200
    assert client_in.get(f"/interviews/{damaged.interview.pk}/plan/").status_code == 200


def test_a_dry_run_still_starts(
    client_in: Client, damaged: PracticeSession, make_interview: Callable[..., Interview]
) -> None:
    other = make_interview(company="Globex", role="Planner")
    response = client_in.post(f"/interviews/{other.pk}/practice/", {"length": "3"})
    assert response.status_code == 302
    again = client_in.post(f"/interviews/{damaged.interview.pk}/practice/", {"length": "3"})
    assert again.status_code == 302


def test_the_damaged_dry_run_its_report_and_progress_still_open(
    client_in: Client, damaged: PracticeSession
) -> None:
    # Every readable question is answered, so the dry run goes on to its report.
    assert client_in.get(f"/practice/{damaged.pk}/", follow=True).status_code == 200
    report = client_in.get(f"/practice/{damaged.pk}/report/")
    assert report.status_code == 200
    assert "Why this company?" in report.content.decode()
    assert client_in.get("/practice/").status_code == 200


def test_the_friends_script_and_marks_still_open(
    client_in: Client, damaged: PracticeSession
) -> None:
    assert client_in.get(f"/practice/{damaged.pk}/script/").status_code == 200
    pdf = client_in.get(f"/practice/{damaged.pk}/script.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert client_in.get(f"/practice/{damaged.pk}/friend/").status_code == 200


def test_secondround_plan_still_runs(
    capsys: pytest.CaptureFixture[str],
    damaged: PracticeSession,
    make_interview: Callable[..., Interview],
) -> None:
    other = make_interview(company="Globex", role="Planner")
    for interview in (other, damaged.interview):
        code = main(["plan", str(interview.pk)])
        assert code == ExitStatus.OK, capsys.readouterr().err
