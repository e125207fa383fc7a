"""Answering "no" to a delete prompt keeps everything and is not a failure: exit status 0."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from secondround.interviews.models import Interview
from secondround.stories.models import Story


def test_no_to_interview_delete_keeps_it_and_exits_0(
    cli: Callable[..., Any], make_interview: Any
) -> None:
    interview = make_interview()
    done = cli("interview", "delete", str(interview.pk), stdin=b"n\n", tty=True)
    assert done.code == 0, done.err
    assert "Nothing deleted." in done.out
    assert Interview.objects.filter(pk=interview.pk).exists()


def test_no_to_story_delete_keeps_it_and_exits_0(cli: Callable[..., Any]) -> None:
    added = cli("stories", "add", "--title", "Supplier went bust", "-s", "Our supplier went bust.")
    assert added.code == 0, added.err
    story = Story.objects.get()
    done = cli("stories", "delete", str(story.pk), stdin=b"n\n", tty=True)
    assert done.code == 0, done.err
    assert "Nothing deleted." in done.out
    assert Story.objects.filter(pk=story.pk).exists()


def test_yes_to_interview_delete_deletes_it(cli: Callable[..., Any], make_interview: Any) -> None:
    interview = make_interview()
    done = cli("interview", "delete", str(interview.pk), stdin=b"y\n", tty=True)
    assert done.code == 0, done.err
    assert not Interview.objects.filter(pk=interview.pk).exists()
