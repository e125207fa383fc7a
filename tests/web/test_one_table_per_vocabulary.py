"""Each vocabulary has one table: roles, the friend's rubric, debrief headings, the text limit.

Django's choices, the core's tables and what a page or command shows are held equal here, so a
second copy that drifts is caught.
"""

from __future__ import annotations

import html
import io
from typing import Any

from django.test import Client
from pypdf import PdfReader

from secondround.core import asking, debrief, questions
from secondround.core.debrief import HEADINGS
from secondround.core.debrief import read as debrief_read
from secondround.core.jobs import analyse as jobs_analyse
from secondround.core.limits import MAX_TEXT_CHARS
from secondround.core.marking import FRIEND_RUBRIC
from secondround.core.roles import ASKING_ROLES, ROLES
from secondround.interviews.models import PersonRole
from secondround.services import debrief as debrief_service
from secondround.services import documents
from tests.web.test_dry_run import JOB, start


def test_django_role_choices_are_the_core_table() -> None:
    assert PersonRole.choices == list(ROLES.items())


def test_every_reader_of_roles_uses_the_core_table() -> None:
    assert questions.ROLES is ROLES
    assert tuple(debrief.ROLES) == tuple(ROLES)
    assert tuple(asking.ROLES) == ASKING_ROLES == tuple(k for k in ROLES if k != "other")


def test_the_debrief_page_and_command_use_one_heading_table() -> None:
    assert debrief_service.KINDS is HEADINGS


def test_one_text_limit_for_readers_forms_and_imports() -> None:
    assert documents.MAX_TEXT_CHARS == MAX_TEXT_CHARS
    assert jobs_analyse.MAX_CHARS == debrief_read.MAX_CHARS == MAX_TEXT_CHARS


def test_the_friend_script_page_and_pdf_show_the_one_rubric(
    client_in: Client, make_interview: Any
) -> None:
    session = start(client_in, make_interview(job_description=JOB).pk)
    page = html.unescape(client_in.get(f"/practice/{session.pk}/script/").content.decode())
    pdf = client_in.get(f"/practice/{session.pk}/script.pdf").content
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    for listen_for, judge in FRIEND_RUBRIC:
        assert f"{listen_for}</strong> {judge}" in page
        assert listen_for.replace("–", "-") in text
