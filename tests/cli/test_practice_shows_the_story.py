"""`secondround practice` names the story to tell for each question, from the story bank."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable

STRONG = (
    "Last spring two of our biggest customers complained that deliveries arrived late.\n"
    "I led the team to find the cause and changed the loading order.\n"
    "Within three weeks late deliveries fell from 18% to 4%.\n"
)


def test_the_terminal_dry_run_names_the_story_for_each_question(
    script: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    # "Team leader" makes leadership a key competency of the job (the job reader's title cue).
    added = script("interview", "add", "--company", "Acme", "--role", "Team leader", "--json")
    interview = int(json.loads(added.stdout)["id"])
    story = ["--title", "Leading the night shift", "-a", "I led six agents through an outage."]
    assert script("stories", "add", *story, "-c", "leadership").returncode == 0
    done = script("practice", str(interview), "--length", "3", stdin=(STRONG + "\n") * 6)
    assert done.returncode == 0, done.stderr
    assert "Your story for this question: Leading the night shift" in done.stdout
