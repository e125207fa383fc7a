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
    key = tuple(n.competency for n in needs_for(interview) if n.weight == 3)
    assert "leadership" in key
    page = client_in.get("/").content.decode()
    assert f"Stories: {len(key)} key competenc" in page
    save_story(interview.owner, Story("Leading it", action="I led it.", competencies=key))
    assert f"Stories: {len(key)} key competenc" in client_in.get("/").content.decode()
    save_story(interview.owner, Story("Leading again", action="I led it.", competencies=key))
    page = client_in.get("/").content.decode()
    assert "key competenc" not in page


def test_an_interview_without_a_job_description_does_not_ask_for_stories(
    client_in: Client, make_interview: Any
) -> None:
    make_interview()
    assert "key competenc" not in client_in.get("/").content.decode()
