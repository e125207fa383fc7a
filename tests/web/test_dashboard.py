from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.test import Client

from secondround.core.stories import Story
from secondround.practice.models import PracticeSession, SessionStatus
from secondround.services.stories import needs_for, save_story
from tests.loose_ends_data import prepare_every_loose_end


def test_it_invites_a_new_user_to_add_an_interview(client_in: Client) -> None:
    response = client_in.get("/")
    assert response.status_code == 200
    assert b"No interviews coming up." in response.content
    assert b'href="/interviews/new/"' in response.content


def test_it_lists_upcoming_soonest_first_and_past_below(
    client_in: Client, make_interview: Any
) -> None:
    make_interview(company="Later Co", in_days=9)
    make_interview(company="Sooner Co", in_days=2)
    make_interview(company="Gone Co", in_days=-3)
    page = client_in.get("/").content.decode()
    upcoming, past = page.split('id="past-title"')
    assert upcoming.index("Sooner Co") < upcoming.index("Later Co")
    assert "Gone Co" in past and "Gone Co" not in upcoming


def test_it_shows_a_countdown(client_in: Client, make_interview: Any) -> None:
    make_interview(company="Soon Co", in_days=3.01)
    assert "in 3 days" in client_in.get("/").content.decode()


def test_it_lists_what_is_still_unprepared(client_in: Client, make_interview: Any) -> None:
    make_interview(company="Bare Co", in_days=4)
    page = client_in.get("/").content.decode()
    assert "Still to prepare" in page
    assert "Job description" in page
    assert "People you will meet" in page


def test_it_says_when_everything_is_prepared(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(
        company="Ready Co",
        job_description="Plan routes, manage a team of six and report weekly. " * 10,
        notes="Asked about budgets.",
        people=[("Sam Lee", "line_manager")],
    )
    assert "A dry run" in client_in.get("/").content.decode()
    # Two stories for each key competency of the job and of the notes' concerns.
    key = tuple(n.competency for n in needs_for(interview) if n.weight == 3)
    for title in ("Leading the night shift", "Taking over a late project"):
        save_story(interview.owner, Story(title, action="I led the team.", competencies=key))
    PracticeSession.objects.create(
        owner=interview.owner, interview=interview, plan=[], status=SessionStatus.FINISHED
    )
    assert "Loose ends" in client_in.get("/").content.decode()
    prepare_every_loose_end(interview)
    assert "Everything here is prepared." in client_in.get("/").content.decode()


def test_it_never_shows_another_users_interviews(
    client_in: Client, make_interview: Any, db: None
) -> None:
    stranger = User.objects.create(username="stranger")
    theirs = make_interview(company="Secret Co", owner=stranger)
    assert "Secret Co" not in client_in.get("/").content.decode()
    assert client_in.get(f"/interviews/{theirs.pk}/").status_code == 404
    assert client_in.post(f"/interviews/{theirs.pk}/delete/").status_code == 404
