"""Upcoming interviews' cards read their stories, loose ends, promises and unfinished dry runs
in one batch per dashboard: twenty upcoming interviews cost the page no more queries than one,
and each card still says what it said when read on its own."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from secondround.core.stories import Story
from secondround.dayof.models import DayOf, Holiday, Reference
from secondround.interviews.models import Interview
from secondround.practice.models import PracticeSession, SessionStatus
from secondround.services.stories import save_story
from secondround.services.workspace import card_for, dashboard

JOB = "Team leader. Lead a team of six. Essential: leadership and clear communication. " * 4
NOTES = (
    "- promised to send my portfolio by Friday\n"
    "- she asked about budgets, seemed unsure about my stakeholder experience\n"
)


def _queries(client: Client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    return len(queries)


def _upcoming(make_interview: Any, user: User, n: int) -> Interview:
    """An upcoming interview with everything a card reads: advert, notes with a promise,
    people, loose ends, a holiday, a reference and a dry run left unfinished."""
    interview: Interview = make_interview(
        company=f"Upcoming {n}",
        in_days=3 + n,
        job_description=JOB,
        notes=NOTES,
        people=[("Priya Shah", "line_manager")],
    )
    DayOf.objects.create(interview=interview, notice_amount=4, commute_minutes=30)
    Holiday.objects.create(
        interview=interview, first_day=date(2027, 1, 4), last_day=date(2027, 1, 8)
    )
    Reference.objects.create(interview=interview, name="Sam Okoro")
    PracticeSession.objects.create(
        owner=user, interview=interview, plan=[], status=SessionStatus.IN_PROGRESS
    )
    return interview


def test_more_upcoming_interviews_cost_the_dashboard_no_more_queries(
    client_in: Client, make_interview: Any, user: User
) -> None:
    save_story(
        user, Story("Leading the depot", action="I led the team.", competencies=("leadership",))
    )
    _upcoming(make_interview, user, 0)
    _queries(client_in)  # the first visit stores the readings of the notes and adverts
    one = _queries(client_in)
    for n in range(1, 20):
        _upcoming(make_interview, user, n)
    _queries(client_in)
    page = client_in.get("/").content.decode()
    assert "Upcoming 19" in page and "Resume" in page
    assert _queries(client_in) == one


def test_each_card_says_what_it_says_when_read_on_its_own(make_interview: Any, user: User) -> None:
    save_story(
        user, Story("Leading the depot", action="I led the team.", competencies=("leadership",))
    )
    for n in range(3):
        _upcoming(make_interview, user, n)
    make_interview(company="Bare", in_days=9)
    now = timezone.now()
    upcoming, _ = dashboard(user, now)
    assert len(upcoming) == 4
    for card in upcoming:
        alone = card_for(Interview.objects.get(pk=card.interview.pk), now)
        assert card.checklist == alone.checklist
        assert card.open_promises == alone.open_promises
        assert card.unfinished == alone.unfinished
        assert card.follow_up == alone.follow_up
    # The cards hold what the interviews hold, so the comparison above is not of empty cards.
    first = upcoming[0]
    assert first.open_promises
    assert first.unfinished is not None
    assert any(item.key == "stories" and not item.done for item in first.checklist)
