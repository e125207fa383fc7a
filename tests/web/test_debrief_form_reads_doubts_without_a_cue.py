"""Notes typed into the interview form come back on the debrief page with doubts no cue names
read as concerns — a gap said after the subject they raised, a reaction on the next line in a
new shape — worded as the worry, and with small talk and the candidate's own worry filed as
nothing; what the notes say is shown escaped."""

from __future__ import annotations

from django.test import Client

from tests.web.debrief_page import debrief_sections

NOTES = """depot manager, round 1 w/ <i>Priya</i>
- priya asked about my HGV licence — i have C1, not C+E
- i've only ever run one night shift
- they looked at each other
- talked about her allotment for ages
- i'm worried the pay is low (my worry, not theirs)
- the depot runs 40 routes a day
"""


def test_doubts_without_a_named_cue_are_concerns_worded_as_the_worry(client_in: Client) -> None:
    _, sections = debrief_sections(client_in, NOTES)
    concerns = sections["concerns"]
    assert [r.text for r in concerns] == [
        "priya asked about my HGV licence — i have C1, not C+E",
        "i've only ever run one night shift",
    ]
    assert concerns[1].evidence.endswith("they looked at each other")


def test_small_talk_and_own_worries_are_no_item(client_in: Client) -> None:
    html, sections = debrief_sections(client_in, NOTES)
    evidence = [r.evidence for rows in sections.values() for r in rows]
    assert not any("allotment" in e or "my worry" in e for e in evidence)
    assert "the depot runs 40 routes a day" in [r.evidence for r in sections["facts"]]
    assert "<i>Priya</i>" not in html
