"""Notes typed into the interview form come back on the debrief page with a fact kept without the
aside typed after it, a doubt whose reaction is told as a sentence read as a concern worded as
the gap, an answer they were happy with no concern, and the notes shown escaped."""

from __future__ import annotations

from django.test import Client

from tests.web.debrief_page import debrief_sections

NOTES = """2nd stage w/ <i>Ruben</i>
- team is 12 welders, the canteen coffee was amazing lol
- i said i've done some TIG but mostly carbon. he said 'the test is stainless' and looked at clint.
- he asked if i drive, i do, he seemed happy
"""


def test_the_fact_is_shown_without_the_aside(client_in: Client) -> None:
    _, sections = debrief_sections(client_in, NOTES)
    assert [r.evidence for r in sections["facts"]] == ["team is 12 welders"]
    evidence = [r.evidence for rows in sections.values() for r in rows]
    assert not any("coffee" in e for e in evidence)


def test_the_doubt_is_the_only_concern(client_in: Client) -> None:
    html, sections = debrief_sections(client_in, NOTES)
    concerns = sections["concerns"]
    assert [r.text for r in concerns] == ["i said i've done some TIG but mostly carbon"]
    assert concerns[0].evidence.endswith("and looked at clint")
    assert "<i>Ruben</i>" not in html
