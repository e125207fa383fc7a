"""Load the core's data once, in the background, so the first dry run does not pay for it."""

from __future__ import annotations

from secondround.core.coach import analyse_answer
from secondround.core.debrief import read_debrief
from secondround.core.jobs import analyse_job
from secondround.core.questions import load_bank
from secondround.core.questions.plan import Need, plan_questions
from secondround.services.readings import reader_version

_SAMPLE = "I led a team of four to cut waiting times by 20% in three months."


def warm_up() -> None:
    """Read the question bank, vocabularies and word lists, and compile the coach's patterns."""
    load_bank()
    reader_version()
    analyse_job(f"Team leader. You will lead a team and juggle deadlines. {_SAMPLE}", "Team leader")
    read_debrief("- she asked whether I had managed a budget\n- promised to send my portfolio")
    plan_questions([Need("leadership", 3, "lead a team")], count=3)
    analyse_answer(_SAMPLE, question="Tell me about a time you led a team.", job=_SAMPLE)
