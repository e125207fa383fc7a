"""The follow-up page: notes of how it went per person, the thank-you draft written from them,
edited and saved, downloaded as .eml (parsed back) and offered as a mailto: link."""

from __future__ import annotations

from email import message_from_bytes, policy
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from django.test import Client

from secondround.dayof.models import DayOf, PersonFollowUp


def _setup(make_interview: Any) -> Any:
    return make_interview(
        company="Northwind",
        role="Operations analyst",
        in_days=-0.2,
        people=[("Priya Shah", "line_manager"), ("Tom Lee", "hr")],
    )


def _post(client: Client, interview: Any, **changes: str) -> Any:
    priya, tom = interview.people.all()
    page = client.get(f"/interviews/{interview.pk}/follow-up/").context
    form = page["form"]
    data = {
        "sender_name": "Sam Carter",
        "sender_email": "sam@example.com",
        "subject": form["subject"].value(),
        "body": form["body"].value(),
        f"email_{priya.pk}": "priya@example.com",
        f"note_{priya.pk}": "We talked about the warehouse migration and her reporting plans.",
        f"email_{tom.pk}": "",
        f"note_{tom.pk}": "",
    }
    data.update(changes)
    return client.post(f"/interviews/{interview.pk}/follow-up/", data)


def test_the_draft_is_written_from_the_notes_of_how_it_went(
    client_in: Client, make_interview: Any
) -> None:
    interview = _setup(make_interview)
    page = client_in.get(f"/interviews/{interview.pk}/follow-up/").content.decode()
    assert "Dear Priya and Tom," in page
    assert _post(client_in, interview).status_code == 302
    assert PersonFollowUp.objects.get(person__name="Priya Shah").email == "priya@example.com"
    page = client_in.get(f"/interviews/{interview.pk}/follow-up/").content.decode()
    assert "our conversation about warehouse migration" in page
    # Left as generated, the draft is not frozen: it keeps following the notes.
    assert DayOf.objects.get(interview=interview).thank_you_body == ""


def test_before_any_notes_the_draft_names_what_the_job_is_about(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(
        job_description="You will lead a team of six and juggle competing deadlines. " * 4,
        notes="- she asked whether I had managed a budget before",
        people=[("Priya Shah", "line_manager")],
    )
    page = client_in.get(f"/interviews/{interview.pk}/follow-up/").content.decode()
    assert "It was good to hear how much leadership and time management matter" in page
    assert "budget" not in page.split('id="thank-you"')[1]


def test_an_edited_draft_is_kept_and_goes_into_the_eml(
    client_in: Client, make_interview: Any
) -> None:
    interview = _setup(make_interview)
    _post(client_in, interview, subject="Thanks, Priya", body="Dear Priya,\r\n\r\nThank you!")
    response = client_in.get(f"/interviews/{interview.pk}/follow-up.eml")
    assert response.status_code == 200
    assert response["Content-Type"] == "message/rfc822"
    message = message_from_bytes(response.content, policy=policy.default)
    assert message["Subject"] == "Thanks, Priya"
    assert message["To"] == "Priya Shah <priya@example.com>"
    assert message["From"] == "Sam Carter <sam@example.com>"
    assert message.get_content().replace("\r\n", "\n").strip() == "Dear Priya,\n\nThank you!"


def test_the_mailto_link_opens_the_saved_draft(client_in: Client, make_interview: Any) -> None:
    interview = _setup(make_interview)
    _post(client_in, interview, subject="Thanks", body="Dear Priya,\r\nThank you.")
    link = client_in.get(f"/interviews/{interview.pk}/follow-up/").context["mailto"]
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and unquote(parts.path) == "priya@example.com"
    assert parse_qs(parts.query)["body"] == ["Dear Priya,\r\nThank you."]


def test_restoring_writes_the_draft_afresh(client_in: Client, make_interview: Any) -> None:
    interview = _setup(make_interview)
    _post(client_in, interview, body="My own words.")
    client_in.post(f"/interviews/{interview.pk}/follow-up/", {"action": "restore"})
    page = client_in.get(f"/interviews/{interview.pk}/follow-up/").content.decode()
    assert "My own words." not in page and "Dear Priya and Tom," in page


def test_a_bad_address_is_refused_and_nothing_is_stored(
    client_in: Client, make_interview: Any
) -> None:
    interview = _setup(make_interview)
    priya = interview.people.first()
    response = _post(client_in, interview, **{f"email_{priya.pk}": "priya at example"})
    assert response.status_code == 200
    assert "&quot;priya at example&quot; is not an email address" in response.content.decode()
    assert not PersonFollowUp.objects.exists() and not DayOf.objects.exists()


def test_an_empty_email_is_refused(client_in: Client, make_interview: Any) -> None:
    interview = _setup(make_interview)
    response = _post(client_in, interview, body="   ")
    assert response.status_code == 200
    assert not DayOf.objects.exists()


def test_an_interview_with_nobody_to_thank_says_so(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(company="Lonely Co")
    page = client_in.get(f"/interviews/{interview.pk}/follow-up/").content.decode()
    assert "Nobody to thank yet." in page
    response = client_in.get(f"/interviews/{interview.pk}/follow-up.eml", follow=True)
    assert response["Content-Type"].startswith("text/html")
    assert "Lonely Co has nobody to thank yet" in response.content.decode()


def test_user_text_is_escaped(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(people=[("<script>x()</script>", "hr")])
    page = client_in.get(f"/interviews/{interview.pk}/follow-up/").content.decode()
    assert "<script>x()</script>" not in page
