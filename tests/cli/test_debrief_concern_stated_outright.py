"""`secondround debrief --json` reads a doubt stated outright, as their view or in the
candidate's own summary ("They think I'd ...", "my read: ...", "the worry is ..."), as a
concern, while a plain line about the job beside it stays a fact."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

NOTES = (
    "Bakery shift lead, 1st round\n"
    "- They think I'd struggle to open the shop alone at 5am\n"
    "- the ovens are all new this year\n"
    "- my read: the owner wants someone who has run a till team before\n"
)


def test_a_doubt_stated_outright_is_a_concern(
    debrief_json: Callable[[str], dict[str, Any]],
) -> None:
    evidence = [c["evidence"] for c in debrief_json(NOTES)["concerns"]]
    assert len(evidence) == 2
    assert evidence[0] == "They think I'd struggle to open the shop alone at 5am"
    assert "run a till team" in evidence[1]
    assert not any("ovens" in e for e in evidence)
