from __future__ import annotations

from typing import Any

from django.test import Client

from tests.web.test_add_interview import form_data


def test_it_shows_the_stored_values(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(company="Contoso", timezone="Europe/Paris")
    page = client_in.get(f"/interviews/{interview.pk}/edit/").content.decode()
    assert 'value="Contoso"' in page
    assert '<option value="Europe/Paris" selected>' in page


def test_it_updates_fields_and_removes_a_person(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(people=[("Ann Bell", "hr")])
    person = interview.people.get()
    data = form_data(company="Contoso")
    data.update(
        {
            "people-TOTAL_FORMS": "1",
            "people-INITIAL_FORMS": "1",
            "people-0-id": str(person.pk),
            "people-0-name": "Ann Bell",
            "people-0-role": "hr",
            "people-0-DELETE": "on",
        }
    )
    response = client_in.post(f"/interviews/{interview.pk}/edit/", data)
    assert response.status_code == 302
    interview.refresh_from_db()
    assert interview.company == "Contoso"
    assert interview.people.count() == 0


def test_the_detail_page_shows_people_and_checklist(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(people=[("Ann Bell", "senior_executive")])
    page = client_in.get(f"/interviews/{interview.pk}/").content.decode()
    assert "Ann Bell" in page
    assert "Senior executive" in page
    assert "Preparation" in page
