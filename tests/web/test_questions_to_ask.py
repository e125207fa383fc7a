"""The "Questions to ask" page: per person, tailored, and the candidate's own choices kept."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.test import Client

from secondround.asking.models import AskedQuestion, AskStatus
from secondround.services.asking import questions_by_person, questions_for_kit

NOTES = """1st round w/ Priya (hiring mgr)
- she asked whether I had managed a budget before, seemed unsure
- team of 6, 3 days in office
"""
PEOPLE = [("Priya Shah", "line_manager"), ("Ann Bell", "hr")]


def _url(interview: Any) -> str:
    return f"/interviews/{interview.pk}/ask/"


def _rows(interview: Any, index: int = 0) -> list[Any]:
    return questions_by_person(interview)[0][index].rows


def test_it_shows_three_or_four_questions_for_each_person_with_why(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(notes=NOTES, people=PEOPLE)
    response = client_in.get(_url(interview))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Priya Shah, line manager" in html and "Ann Bell, HR" in html
    for entry in response.context["people"]:
        assert 3 <= len(entry.rows) <= 4
        assert all(row.why for row in entry.rows)
    # Round one's concern is followed up with the line manager; the notes' facts are not asked.
    assert "Last time we talked about my organisation experience" in html
    asked = [row.text for entry in response.context["people"] for row in entry.rows]
    assert not any(text.startswith("How big is the team") for text in asked)
    assert "your notes: “team of 6, 3 days in office”" in html


def test_pinning_rewording_and_reordering_are_kept(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(people=PEOPLE)
    person = interview.people.get(name="Priya Shah")
    first, second = _rows(interview)[2], _rows(interview)[3]
    for row in (first, second):
        client_in.post(_url(interview), {"person": person.pk, "key": row.key, "action": "pin"})
    client_in.post(
        _url(interview),
        {"person": person.pk, "key": second.key, "action": "edit", "text": "  My own   words? "},
    )
    client_in.post(_url(interview), {"person": person.pk, "key": second.key, "action": "up"})
    rows = _rows(interview)
    assert [r.text for r in rows[:2]] == ["My own words?", first.text]
    assert rows[0].pinned and rows[0].edited and rows[1].pinned
    assert len(rows) == 4  # pinned first, then suggestions up to four
    assert questions_for_kit(interview)[0] == ("Priya Shah, line manager", [r.text for r in rows])


def test_a_question_of_your_own_is_added_and_removed(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(people=PEOPLE)
    person = interview.people.get(name="Ann Bell")
    response = client_in.post(
        _url(interview),
        {"person": person.pk, "action": "add", "text": "<script>alert(1)</script> Parking?"},
        follow=True,
    )
    html = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Parking?" in html
    assert "<script>alert(1)" not in html
    own = AskedQuestion.objects.get(person=person, key="")
    assert _rows(interview, 1)[0].source == "own"
    client_in.post(
        _url(interview), {"person": person.pk, "key": f"own:{own.pk}", "action": "delete"}
    )
    assert not AskedQuestion.objects.filter(pk=own.pk).exists()


def test_not_this_one_brings_the_next_suggestion(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(people=PEOPLE)
    person = interview.people.get(name="Priya Shah")
    before = _rows(interview)
    client_in.post(
        _url(interview), {"person": person.pk, "key": before[0].key, "action": "dismiss"}
    )
    after = _rows(interview)
    assert before[0].key not in [r.key for r in after]
    assert len(after) == 4
    assert AskedQuestion.objects.get(key=before[0].key).status == AskStatus.DISMISSED
    client_in.post(_url(interview), {"person": person.pk, "key": before[0].key, "action": "unpin"})
    assert _rows(interview)[0].key == before[0].key


def test_bad_changes_are_refused_and_nothing_is_stored(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(people=PEOPLE)
    person = interview.people.get(name="Priya Shah")
    cases = [
        ({"person": person.pk, "action": "add", "text": "   "}, "Write the question"),
        ({"person": person.pk, "action": "add", "text": "x" * 301}, "under 300 characters"),
        ({"person": 99999, "action": "pin", "key": "typical-week"}, "not on this interview"),
        ({"person": person.pk, "action": "pin", "key": "no-such"}, "no longer offered"),
        ({"person": person.pk, "action": "explode"}, "not something that can be done"),
    ]
    for data, message in cases:
        html = client_in.post(_url(interview), data, follow=True).content.decode()
        assert message in html, message
    assert not AskedQuestion.objects.exists()


def test_an_interview_with_nobody_to_meet_says_how_to_add_them(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview()
    html = client_in.get(_url(interview)).content.decode()
    assert "Nobody to meet yet" in html


def test_another_accounts_interview_is_not_found(client_in: Client, make_interview: Any) -> None:
    other = User.objects.create_user("someone-else")
    interview = make_interview(owner=other, people=PEOPLE)
    assert client_in.get(_url(interview)).status_code == 404
