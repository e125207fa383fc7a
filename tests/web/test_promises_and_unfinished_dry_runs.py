"""Promises from the notes are to-dos with a done box; the dashboard counts the open ones and
shows an unfinished dry run with "resume", instead of calling everything prepared."""

from __future__ import annotations

import json
from typing import Any

from django.contrib.auth.models import User
from django.test import Client

from secondround.core.stories import Story
from secondround.planning.models import DebriefDecision, Decision
from secondround.services import practice
from secondround.services.debrief import open_promises, sections
from secondround.services.stories import needs_for, save_story
from tests.loose_ends_data import prepare_every_loose_end

NOTES = """Met Priya Shah (line manager) for 45 mins.
- promised to send my portfolio by Friday
- I said I would send two references next week
"""
JOB = " ".join(["You will plan delivery routes and lead a team of six planners."] * 6)


def _ready(make_interview: Any, **fields: Any) -> Any:
    """An interview where everything the checklist asks for is there, apart from the notes and
    the dry runs: two stories for each key competency, and every loose end answered."""
    interview = make_interview(
        job_description=JOB, people=[("Priya Shah", "line_manager")], **fields
    )
    key = tuple(n.competency for n in needs_for(interview) if n.weight == 3)
    for title in ("Re-planning the routes", "Leading the planners"):
        save_story(interview.owner, Story(title, action="I led the team.", competencies=key))
    prepare_every_loose_end(interview)
    return interview


def _finish_a_dry_run(user: User, interview: Any) -> None:
    session = practice.start_session(user, interview, 3)
    for position in range(3):
        practice.record_answer(session, position, False, "I cut costs by 8% in March.", 40)
        step = practice.next_step(session)
        if step is not None and step.is_probe:
            practice.record_answer(session, position, True, "It saved £4,000 a month.", 20)


def _promise_rows(interview: Any) -> list[Any]:
    return next(s for s in sections(interview) if s.kind == "promises").rows


def test_open_promises_are_counted_on_the_dashboard(
    client_in: Client, make_interview: Any, user: User
) -> None:
    interview = _ready(make_interview, notes=NOTES)
    _finish_a_dry_run(user, interview)
    page = client_in.get("/").content.decode()
    assert "2 promises from your notes to keep" in page
    assert "Everything here is prepared" not in page


def test_ticking_a_promise_off_stores_it_and_counts_it_done(
    client_in: Client, make_interview: Any, user: User
) -> None:
    interview = _ready(make_interview, notes=NOTES)
    _finish_a_dry_run(user, interview)
    first, second = _promise_rows(interview)
    for row in (first, second):
        response = client_in.post(
            f"/interviews/{interview.pk}/debrief/",
            {"kind": "promises", "evidence": row.evidence, "action": "done", "next": "detail"},
        )
        assert response.status_code == 302
        assert response["Location"] == f"/interviews/{interview.pk}/#promises"
    assert DebriefDecision.objects.filter(status=Decision.DONE).count() == 2
    assert open_promises(interview) == []
    page = client_in.get("/").content.decode()
    assert "promises from your notes to keep" not in page
    assert "Everything here is prepared" in page
    # And back again: the box can be unticked.
    client_in.post(
        f"/interviews/{interview.pk}/debrief/",
        {"kind": "promises", "evidence": first.evidence, "action": "undone"},
    )
    assert open_promises(interview) == [first.text]
    assert "1 promise from your notes to keep" in client_in.get("/").content.decode()


def test_the_interview_page_lists_promises_with_done_boxes(
    client_in: Client, make_interview: Any
) -> None:
    interview = make_interview(notes=NOTES)
    page = client_in.get(f"/interviews/{interview.pk}/").content.decode()
    assert "What you promised" in page
    assert page.count('role="checkbox" aria-checked="false"') == 2
    assert "send my portfolio by Friday" in page


def test_a_dismissed_promise_is_not_a_to_do(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(notes=NOTES)
    first = _promise_rows(interview)[0]
    client_in.post(
        f"/interviews/{interview.pk}/debrief/",
        {"kind": "promises", "evidence": first.evidence, "action": "dismiss"},
    )
    assert len(open_promises(interview)) == 1
    page = client_in.get(f"/interviews/{interview.pk}/").content.decode()
    assert page.count('role="checkbox"') == 1


def test_only_a_promise_can_be_ticked_off(client_in: Client, make_interview: Any) -> None:
    interview = make_interview(notes=NOTES)
    person = next(s for s in sections(interview) if s.kind == "people").rows[0]
    response = client_in.post(
        f"/interviews/{interview.pk}/debrief/",
        {"kind": "people", "evidence": person.evidence, "action": "done"},
        follow=True,
    )
    assert "Only a promise can be ticked off as done." in response.content.decode()
    assert not DebriefDecision.objects.exists()


def test_an_unfinished_dry_run_shows_on_the_dashboard_with_resume(
    client_in: Client, make_interview: Any, user: User
) -> None:
    interview = _ready(make_interview, notes="Talked about the depot.")
    _finish_a_dry_run(user, interview)
    assert "Everything here is prepared" in client_in.get("/").content.decode()
    session = practice.start_session(user, interview, 3)
    practice.record_answer(session, 0, False, "I cut costs by 8% in March.", 40)
    page = client_in.get("/").content.decode()
    assert "An unfinished dry run" in page
    assert f'href="/practice/{session.pk}/">Resume</a>' in page
    assert "Everything here is prepared" not in page
    detail = client_in.get(f"/interviews/{interview.pk}/").content.decode()
    assert f'href="/practice/{session.pk}/">Resume</a>' in detail


def test_a_ticked_off_promise_survives_export_and_import(
    client_in: Client, make_interview: Any, user: User
) -> None:
    from secondround.interviews.models import Interview
    from secondround.services.exchange import export_data, import_data, parse_export

    interview = make_interview(notes=NOTES)
    first = _promise_rows(interview)[0]
    client_in.post(
        f"/interviews/{interview.pk}/debrief/",
        {"kind": "promises", "evidence": first.evidence, "action": "done"},
    )
    data = export_data(user)
    Interview.objects.all().delete()
    import_data(user, parse_export(json.dumps(data)))
    restored = Interview.objects.get()
    assert [row.status for row in _promise_rows(restored)] == ["done", "suggested"]
