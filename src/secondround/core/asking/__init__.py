"""Questions for the candidate to ask (D7): a bank written for secondround and the choice of
three or four per person. Pure Python; no Django, no printing, no I/O beyond its data file."""

from __future__ import annotations

from secondround.core.asking.bank import ROLES, AskingDataError, AskQuestion, load_asking_bank
from secondround.core.asking.choose import (
    PER_PERSON,
    AskPlan,
    Fact,
    Interviewer,
    JobFocus,
    LeftOut,
    OpenItem,
    PersonQuestions,
    Suggestion,
    suggest_questions,
)

__all__ = [
    "PER_PERSON",
    "ROLES",
    "AskPlan",
    "AskQuestion",
    "AskingDataError",
    "Fact",
    "Interviewer",
    "JobFocus",
    "LeftOut",
    "OpenItem",
    "PersonQuestions",
    "Suggestion",
    "load_asking_bank",
    "suggest_questions",
]
