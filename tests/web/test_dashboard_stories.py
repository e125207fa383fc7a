"""The dashboard's "still to prepare" counts the job's key competencies short of stories."""

from __future__ import annotations

from typing import Any

from django.test import Client

from secondround.core.stories import Story
from secondround.services.stories import needs_for, save_story

JOB = "Team leader. Lead a team of six. Essential: leadership. " * 5


def test_key_competencies_with_fewer_than_two_stories_are_still_to_prepare(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(job_description=JOB)
    page = client_in.get("/").content.decode()
    assert "Two stories for each key competency" in page
    key = tuple(n.competency for n in needs_for(interview) if n.weight == 3)
    assert "leadership" in key
    for title in ("Leading the night shift", "Taking over a late project"):
        save_story(interview.owner, Story(title, action="I led it.", competencies=key))
    page = client_in.get("/").content.decode()
    assert "Two stories for each key competency" not in page


def test_an_interview_without_a_job_description_does_not_ask_for_stories(
    client_in: Client, make_interview: Any
) -> None:
    make_interview()
    assert "Two stories for each key competency" not in client_in.get("/").content.decode()
