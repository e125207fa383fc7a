"""Follow-up probes are shown and read aloud as they are: no Markdown marks in them."""

from __future__ import annotations

import re

from secondround.core.coach import analyse_answer
from secondround.core.coach.remarks import PROBES


def test_no_probe_carries_markdown_emphasis() -> None:
    for probe in PROBES.values():
        assert not re.search(r"[*_`]", probe), probe


def test_a_team_story_gets_a_plain_probe_about_your_own_part() -> None:
    feedback = analyse_answer(
        "Last year our team had to move the depot's planning to a new system in a month. "
        "We listed every route, we trained the drivers and we switched over on a Sunday. "
        "In the end we were live two days early and nobody missed a delivery."
    )
    assert feedback.probe is not None
    assert "*" not in feedback.probe
