"""The prep pack page and its PDF download: what to prepare from the job and the notes, the
people, place and route, and round one's concerns and promises."""

from __future__ import annotations

import io
from typing import Any

from django.test import Client
from pypdf import PdfReader

from secondround.dayof.models import DayOf

JOB = (
    "You will lead a team of six analysts, juggle competing deadlines and present findings to "
    "senior stakeholders every month. Strong communication and teamwork are essential. " * 3
)
NOTES = """1st round w/ Priya Shah (hiring mgr)
- she asked whether I had managed a budget before, seemed unsure
- promised to send my portfolio by Friday
"""


def _interview(make_interview: Any, **fields: Any) -> Any:
    interview = make_interview(
        company="Northwind",
        job_description=JOB,
        notes=NOTES,
        place="1 King Street, Leeds",
        timezone="Europe/London",
        people=[("Priya Shah", "line_manager")],
        **fields,
    )
    DayOf.objects.create(
        interview=interview, commute_minutes=40, commute_mode="by train", route="Leeds station"
    )
    return interview


def test_the_page_shows_the_pack(client_in: Client, make_interview: Any) -> None:
    interview = _interview(make_interview)
    page = client_in.get(f"/interviews/{interview.pk}/kit/").content.decode()
    assert "Key competencies to prepare" in page
    assert "Leadership" in page
    assert "Priya Shah (Line manager)" in page
    assert "40 minutes by train. Leeds station" in page
    assert "managed a budget" in page
    assert "portfolio" in page
    assert "Practice sessions in the calendar file" in page
    assert f'href="/interviews/{interview.pk}/kit.pdf"' in page
    assert f'href="/interviews/{interview.pk}/calendar.ics"' in page


def test_the_pdf_downloads_as_one_page_with_the_same_content(
    client_in: Client, make_interview: Any
) -> None:
    interview = _interview(make_interview)
    response = client_in.get(f"/interviews/{interview.pk}/kit.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="northwind-round-2-prep-pack.pdf"'
    )
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in ("Northwind", "Leadership", "Priya Shah", "managed a budget", "portfolio"):
        assert expected in text


def test_an_interview_without_a_date_or_people_still_gets_a_pack_that_says_so(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(in_days=None)
    page = client_in.get(f"/interviews/{interview.pk}/kit/").content.decode()
    assert "No date yet" in page and "Nobody added yet" in page
    assert "has no date yet; add the date and time before making a calendar." in page
    text = PdfReader(io.BytesIO(client_in.get(f"/interviews/{interview.pk}/kit.pdf").content))
    assert "No date yet" in text.pages[0].extract_text()


def test_user_text_is_escaped_on_the_page(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(company="<b>Evil</b> Ltd", place="<img src=x onerror=alert(1)>")
    page = client_in.get(f"/interviews/{interview.pk}/kit/").content.decode()
    assert "<b>Evil</b>" not in page and "&lt;b&gt;Evil&lt;/b&gt; Ltd" in page
    assert "<img src=x" not in page


def test_a_company_name_beyond_ascii_gives_a_plain_file_name(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(company="Łódź Zoë & Co")
    for path, name in (
        ("kit.pdf", "odz-zoe-co-round-2-prep-pack.pdf"),
        ("calendar.ics", "odz-zoe-co-round-2.ics"),
    ):
        response = client_in.get(f"/interviews/{interview.pk}/{path}")
        assert response.status_code == 200
        assert response["Content-Disposition"] == f'attachment; filename="{name}"'


def test_the_pack_holds_your_stories_questions_to_ask_and_salary_line(
    client_in: Client, make_interview: Any
) -> None:
    from secondround.core.stories import Story
    from secondround.services.salary import salary_for_kit
    from secondround.services.stories import save_story

    interview = _interview(make_interview, role="Data analyst")
    save_story(
        interview.owner,
        Story(
            "Six analysts through a reporting freeze",
            situation="Our month-end reports were late three months running.",
            action="I led the six analysts through a new checklist and split the deadlines.",
            result="Reports went out two days early for the next quarter.",
            competencies=("leadership", "time_management"),
        ),
    )
    page = client_in.get(f"/interviews/{interview.pk}/kit/").content.decode()
    assert "Stories to tell" in page
    assert "Six analysts through a reporting freeze" in page
    assert "Questions to ask" in page
    # No salary work was done for this interview, so the pack has no salary line.
    assert salary_for_kit(interview) is None
    text = "".join(
        p.extract_text()
        for p in PdfReader(
            io.BytesIO(client_in.get(f"/interviews/{interview.pk}/kit.pdf").content)
        ).pages
    )
    assert "Six analysts through a reporting freeze" in " ".join(text.split())
