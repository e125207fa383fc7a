"""The dry run's "Who is asking" uses the people's role labels, never "A hr" or "A other"."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client

from secondround.core.questions import ROLES
from secondround.interviews.models import PersonRole


def test_the_choices_use_the_person_roles_labels(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(people=[("Priya Shah", "line_manager")])
    page = client_in.get(f"/interviews/{interview.pk}/practice/").content.decode()
    options = dict(re.findall(r'<option value="([a-z_]*)"[^>]*>([^<]*)</option>', page))
    assert options["line_manager"] == "Priya Shah (Line manager)"
    assert options["hr"] == "HR"
    assert options["other"] == "Other"
    assert not any(
        label.startswith("A ") and label != "A mix of everyone you will meet"
        for label in options.values()
    )


def test_there_is_one_set_of_role_labels() -> None:
    assert dict(PersonRole.choices) == ROLES
