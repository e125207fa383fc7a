"""The debrief's "People named": people already in the list are marked so, the others have a
button that adds them with the role the notes give."""

from __future__ import annotations

from typing import Any

from django.test import Client

from secondround.interviews.models import Person
from secondround.services.debrief import sections

NOTES = """Met Priya Shah (line manager) and Tom from HR.
- they asked whether I had managed a budget
"""


def _people(interview: Any) -> list[Any]:
    return next(s for s in sections(interview) if s.kind == "people").rows


def test_someone_already_listed_is_not_offered_again(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(notes=NOTES, people=[("priya  shah", "line_manager")])
    rows = {row.text: row for row in _people(interview)}
    assert rows["Priya Shah"].added
    assert not rows["Tom"].added
    page = client_in.get(f"/interviews/{interview.pk}/debrief/").content.decode()
    assert page.count('value="add_person"') == 1
    assert "In your list" in page


def test_the_button_adds_the_person_with_their_role(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(notes=NOTES, people=[("Priya Shah", "line_manager")])
    tom = next(row for row in _people(interview) if row.text == "Tom")
    response = client_in.post(
        f"/interviews/{interview.pk}/debrief/",
        {"kind": "people", "evidence": tom.evidence, "action": "add_person"},
        follow=True,
    )
    assert "Added to the people you will meet." in response.content.decode()
    added = Person.objects.get(interview=interview, name="Tom")
    assert added.role == "hr"
    assert added.position > Person.objects.get(name="Priya Shah").position
    # Pressed twice (two tabs), it is still one person.
    again = client_in.post(
        f"/interviews/{interview.pk}/debrief/",
        {"kind": "people", "evidence": tom.evidence, "action": "add_person"},
        follow=True,
    )
    assert "Tom is already among the people you will meet." in again.content.decode()
    assert Person.objects.filter(name="Tom").count() == 1


def test_after_a_click_the_page_returns_to_the_section_clicked(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(notes=NOTES)
    tom = next(row for row in _people(interview) if row.text == "Tom")
    response = client_in.post(
        f"/interviews/{interview.pk}/debrief/",
        {"kind": "people", "evidence": tom.evidence, "action": "confirm"},
    )
    assert response["Location"] == f"/interviews/{interview.pk}/debrief/#debrief-people"


def test_a_full_list_of_people_is_not_pushed_past_what_the_edit_form_takes(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(notes=NOTES, people=[(f"Person {n}", "other") for n in range(12)])
    tom = next(row for row in _people(interview) if row.text == "Tom")
    response = client_in.post(
        f"/interviews/{interview.pk}/debrief/",
        {"kind": "people", "evidence": tom.evidence, "action": "add_person"},
        follow=True,
    )
    assert "An interview lists at most 12 people; remove someone first." in (
        response.content.decode()
    )
    assert Person.objects.filter(interview=interview).count() == 12
