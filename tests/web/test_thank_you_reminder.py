"""The dashboard reminds the candidate to send the thank-you, from the end of the interview
until 24 hours after it, and stops once it is marked sent."""

from __future__ import annotations

from typing import Any

from django.test import Client

from secondround.dayof.models import DayOf


def test_it_reminds_after_the_interview(client_in: Client, make_interview: Any) -> None:
    make_interview(company="Recent Co", in_days=-0.25)  # ended about five hours ago
    page = client_in.get("/").content.decode()
    assert "Send your thank-you email to Recent Co within 24 hours (about 19 hours left)." in page
    assert "Write it now" in page


def test_it_does_not_remind_before_the_interview_ends(
    client_in: Client, make_interview: Any
) -> None:
    make_interview(company="Soon Co", in_days=0.5)
    make_interview(company="Now Co", in_days=-0.02)  # began half an hour ago, lasts an hour
    assert "Send your thank-you" not in client_in.get("/").content.decode()


def test_it_stops_after_24_hours(client_in: Client, make_interview: Any) -> None:
    make_interview(company="Old Co", in_days=-1.2)
    assert "Send your thank-you" not in client_in.get("/").content.decode()


def test_it_stops_once_sent(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(company="Sent Co", in_days=-0.25)
    DayOf.objects.create(interview=interview, thank_you_sent=True)
    assert "Send your thank-you" not in client_in.get("/").content.decode()
