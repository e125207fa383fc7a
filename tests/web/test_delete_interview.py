from __future__ import annotations

from typing import Any

from django.test import Client

from secondround.interviews.models import Interview, Person


def test_it_asks_for_confirmation_first(client_in: Client, make_interview: Any) -> None:
    interview = make_interview()
    response = client_in.get(f"/interviews/{interview.pk}/delete/")
    assert b"Delete this interview?" in response.content
    assert Interview.objects.filter(pk=interview.pk).exists()


def test_it_deletes_the_interview_and_its_people(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(people=[("Ann", "hr")])
    response = client_in.post(f"/interviews/{interview.pk}/delete/", follow=True)
    assert b"Deleted Northwind" in response.content
    assert not Interview.objects.exists()
    assert not Person.objects.exists()


def test_the_confirmation_lists_everything_that_goes_with_it(
    client_in: Client, make_interview: Any, user: Any
) -> None:
    from secondround.practice.models import FriendMark
    from secondround.services import practice

    interview = make_interview(people=[("Ann", "hr"), ("Raj", "line_manager")], notes="- promised")
    session = practice.start_session(user, interview, 3)
    practice.record_answer(session, 0, False, "I ran the budget review and cut costs by 8%.", 40)
    FriendMark.objects.create(session=session, position=0, rating=4)
    page = client_in.get(f"/interviews/{interview.pk}/delete/").content.decode()
    assert "2 people you will meet" in page
    assert "1 dry run with 1 answer and their feedback and reports" in page
    assert "1 set of a friend&#x27;s marks" in page
    assert "your notes from earlier rounds" in page
    # The export it recommends is one click away on the web, not only on the command line.
    assert 'href="/data/export.json"' in page
