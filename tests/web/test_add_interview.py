from __future__ import annotations

import zoneinfo
from typing import Any

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from secondround.interviews.models import Interview
from tests.documents import docx_with_text, pdf_with_text, pdf_without_text


def form_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "company": "Northwind Logistics",
        "role": "Operations analyst",
        "round": "2",
        "format": "video",
        "date": "2026-12-03",
        "time": "14:30",
        "timezone": "Europe/London",
        "place": "https://meet.example/abc",
        "job_description": "",
        "notes": "They asked about budgets.",
        "status": "preparing",
        "people-TOTAL_FORMS": "2",
        "people-INITIAL_FORMS": "0",
        "people-MIN_NUM_FORMS": "0",
        "people-MAX_NUM_FORMS": "1000",
        "people-0-name": "Priya Shah",
        "people-0-role": "line_manager",
        "people-0-title": "Head of operations",
        "people-1-name": "",
        "people-1-role": "other",
        "people-1-title": "",
    }
    data.update(overrides)
    return data


def test_it_shows_the_form(client_in: Client) -> None:
    response = client_in.get("/interviews/new/")
    assert response.status_code == 200
    assert b"Add an interview" in response.content


def test_it_saves_an_interview_with_its_people(client_in: Client, user: User) -> None:
    response = client_in.post("/interviews/new/", form_data())
    interview = Interview.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/interviews/{interview.pk}/"
    assert interview.owner == user
    assert interview.company == "Northwind Logistics"
    assert interview.format == "video"
    assert interview.timezone == "Europe/London"
    assert interview.starts_at is not None
    london = interview.starts_at.astimezone(zoneinfo.ZoneInfo("Europe/London"))
    assert (london.year, london.month, london.day, london.hour, london.minute) == (
        2026,
        12,
        3,
        14,
        30,
    )
    people = list(interview.people.all())
    assert [(p.name, p.role, p.title) for p in people] == [
        ("Priya Shah", "line_manager", "Head of operations")
    ]


def test_it_rejects_an_empty_company_and_saves_nothing(client_in: Client) -> None:
    response = client_in.post("/interviews/new/", form_data(company="   "))
    assert response.status_code == 200
    assert "Enter the company&#x27;s name." in response.content.decode()
    assert Interview.objects.count() == 0


def test_it_rejects_an_empty_role(client_in: Client) -> None:
    response = client_in.post("/interviews/new/", form_data(role=""))
    assert "Enter the role you applied for." in response.content.decode()
    assert Interview.objects.count() == 0


def test_it_rejects_a_date_that_is_not_a_date(client_in: Client) -> None:
    response = client_in.post("/interviews/new/", form_data(date="next Tuesday"))
    assert "Enter the date as YYYY-MM-DD" in response.content.decode()
    assert Interview.objects.count() == 0


def test_it_rejects_an_impossible_date(client_in: Client) -> None:
    response = client_in.post("/interviews/new/", form_data(date="2026-02-30"))
    assert "Enter the date as YYYY-MM-DD" in response.content.decode()
    assert Interview.objects.count() == 0


def test_it_asks_for_a_date_when_only_a_time_is_given(client_in: Client) -> None:
    response = client_in.post("/interviews/new/", form_data(date=""))
    assert "Add the date as well as the time." in response.content.decode()


def test_it_rejects_a_ten_megabyte_paste(client_in: Client) -> None:
    huge = "word " * (2 * 1024 * 1024)
    response = client_in.post("/interviews/new/", form_data(job_description=huge))
    assert response.status_code == 200
    assert "The job description is too long" in response.content.decode()
    assert Interview.objects.count() == 0


def test_it_imports_the_job_description_from_a_pdf(client_in: Client) -> None:
    upload = SimpleUploadedFile("advert.pdf", pdf_with_text("Operations analyst. Own the rota."))
    client_in.post("/interviews/new/", {**form_data(), "job_file": upload})
    interview = Interview.objects.get()
    assert "Own the rota." in interview.job_description
    assert interview.job_description_source == "advert.pdf"


def test_it_imports_the_job_description_from_a_docx(client_in: Client) -> None:
    upload = SimpleUploadedFile(
        "advert.docx", docx_with_text("You will plan routes.", "Team of 6.")
    )
    client_in.post("/interviews/new/", {**form_data(), "job_file": upload})
    assert Interview.objects.get().job_description == "You will plan routes.\nTeam of 6."


def test_it_imports_a_markdown_job_description(client_in: Client) -> None:
    upload = SimpleUploadedFile("ad.md", b"# Analyst\n\n* SQL\n* Excel\n")
    client_in.post("/interviews/new/", {**form_data(), "job_file": upload})
    assert Interview.objects.get().job_description == "# Analyst\n\n* SQL\n* Excel"


def test_it_rejects_a_binary_file_renamed_pdf(client_in: Client) -> None:
    upload = SimpleUploadedFile("advert.pdf", bytes(range(256)) * 40)
    response = client_in.post("/interviews/new/", {**form_data(), "job_file": upload})
    assert "advert.pdf is not a PDF file" in response.content.decode()
    assert Interview.objects.count() == 0


def test_it_rejects_a_pdf_with_no_text_layer(client_in: Client) -> None:
    upload = SimpleUploadedFile("scan.pdf", pdf_without_text())
    response = client_in.post("/interviews/new/", {**form_data(), "job_file": upload})
    assert "scan.pdf has no text layer" in response.content.decode()
    assert Interview.objects.count() == 0


def test_it_rejects_an_unsupported_upload_type(client_in: Client) -> None:
    upload = SimpleUploadedFile("advert.xlsx", b"PK\x03\x04 spreadsheet")
    response = client_in.post("/interviews/new/", {**form_data(), "job_file": upload})
    assert ".xlsx files are not supported" in response.content.decode()
    assert Interview.objects.count() == 0


def test_a_failed_edit_leaves_the_stored_interview_alone(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(company="Original Ltd")
    data = form_data(company="Changed Ltd", date="not a date")
    data["people-0-name"] = "Someone New"
    client_in.post(f"/interviews/{interview.pk}/edit/", data)
    interview.refresh_from_db()
    assert interview.company == "Original Ltd"
    assert interview.people.count() == 0
