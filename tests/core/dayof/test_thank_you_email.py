"""The thank-you email: a personal draft, an .eml parsed back with the standard library, a
mailto: link, and addresses checked."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from urllib.parse import parse_qs, urlsplit

import pytest

from secondround.core.followup import (
    Draft,
    FollowUpError,
    Recipient,
    check_address,
    check_draft,
    eml_bytes,
    first_name,
    mailto_link,
    thank_you_draft,
    topics_from_notes,
)

NOW = datetime(2026, 12, 8, 17, 0, tzinfo=UTC)


def test_the_draft_names_the_people_the_role_and_what_was_discussed() -> None:
    topics = topics_from_notes(
        ["We talked about the warehouse migration. She asked about my notice period."]
    )
    assert topics == ["warehouse migration"]
    draft = thank_you_draft(
        company="Northwind",
        role="Operations analyst",
        people=["Priya Shah", "Dr Tom Lee"],
        topics=topics,
        sender="Sam Carter",
    )
    assert draft.subject == "Thank you: Operations analyst interview"
    assert draft.body.startswith("Dear Priya and Tom,\n")
    assert "the Operations analyst role at Northwind" in draft.body
    assert "our conversation about warehouse migration" in draft.body
    assert draft.body.endswith("Kind regards,\nSam Carter")


def test_before_any_notes_the_plans_focus_is_mentioned() -> None:
    draft = thank_you_draft(
        company="Acme", role="Team leader", people=["Ana"], focus=["Leadership", "Teamwork"]
    )
    assert "how much leadership and teamwork matter in the team" in draft.body


def test_logistics_are_not_topics_to_thank_for() -> None:
    assert topics_from_notes(["We discussed salary and the start date."]) == []


def test_titles_are_left_out_of_first_names() -> None:
    assert first_name("Dr Priya Shah") == "Priya"
    assert first_name("Dr Shah") == "Dr Shah"
    assert first_name("Ana") == "Ana"


def test_the_eml_parses_back_with_its_headers_and_text() -> None:
    draft = Draft("Thank you: Analyst interview", "Dear Zoë,\n\nThank you — it was a pleasure.")
    raw = eml_bytes(
        draft,
        [Recipient("Zoë Müller", "zoe@example.com"), Recipient("Tom Lee", "")],
        Recipient("Sam Carter", "sam@example.com"),
        NOW,
    )
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert message["To"] == "Zoë Müller <zoe@example.com>"
    assert message["From"] == "Sam Carter <sam@example.com>"
    assert message["Subject"] == draft.subject
    assert message["X-Unsent"] == "1"
    assert message["Date"].datetime == NOW
    # RFC 5322 lines end in CRLF on the wire.
    assert message.get_content().replace("\r\n", "\n").strip() == draft.body
    assert b"\r\n\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")


def test_a_line_break_in_a_name_cannot_start_a_new_header() -> None:
    raw = eml_bytes(
        Draft("Thanks\nBcc: spy@example.com", "Hello"),
        [Recipient("Priya\r\nBcc: spy@example.com", "priya@example.com")],
        None,
        NOW,
    )
    message = message_from_bytes(raw, policy=policy.default)
    assert message["Bcc"] is None
    assert message["Subject"] == "Thanks Bcc: spy@example.com"


def test_the_mailto_link_carries_subject_and_body() -> None:
    draft = Draft("Thank you & goodbye", "Line one\nLine two?")
    link = mailto_link(draft, [Recipient("A", "a@example.com"), Recipient("B", "b@example.com")])
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and parts.path == "a@example.com,b@example.com"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Thank you & goodbye"]
    assert query["body"] == ["Line one\r\nLine two?"]


@pytest.mark.parametrize("typed", ["priya", "priya@", "a b@example.com", "<x@y.com>", ""])
def test_an_address_that_is_not_one_is_refused(typed: str) -> None:
    with pytest.raises(FollowUpError, match="is not an email address"):
        check_address(typed)


def test_an_empty_email_is_refused() -> None:
    with pytest.raises(FollowUpError, match="no text"):
        check_draft("Thanks", "   \n ")
