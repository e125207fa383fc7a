"""Loose ends with an answer for every item, for tests that need a fully prepared interview."""

from __future__ import annotations

from secondround.core.loose_ends import employer_questions
from secondround.dayof.models import DayOf, Reference
from secondround.interviews.models import Interview


def prepare_every_loose_end(interview: Interview) -> DayOf:
    Reference.objects.create(
        interview=interview, name="Ana Ruiz", relationship="manager", asked=True
    )
    return DayOf.objects.create(
        interview=interview,
        notice_amount=4,
        notice_unit="weeks",
        no_holidays=True,
        commute_minutes=40,
        commute_mode="by train",
        journey_tested=True,
        documents="Passport\nPortfolio",
        right_to_work="British citizen; passport.",
        adjustments="None needed.",
        answers={q.key: "Yes, happy to." for q in employer_questions()},
    )
