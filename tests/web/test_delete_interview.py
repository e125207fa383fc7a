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
