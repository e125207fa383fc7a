"""Loose ends a second interview may settle: start date, holidays, commute, documents, references,
right to work, adjustments and the employer's practical questions, each with a prepared answer.

Pure: plain dates and text in, a checklist out. The employer's questions are read from
`data/dayof/employer_questions.yaml`.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Final

import yaml

from secondround.core.errors import UserError

NOTICE_UNITS: Final = ("days", "weeks", "months")
# A year is the longest notice a contract plausibly sets; "99 years" is a typo, not a notice period.
MAX_NOTICE: Final = {"days": 365, "weeks": 52, "months": 12}
# Holidays in the first four weeks clash with induction: an employer wants to know early.
FIRST_WEEKS: Final = 4
MAX_COMMUTE_MINUTES: Final = 600
MAX_HOLIDAY_DAYS: Final = 366


class LooseEndsError(UserError, ValueError):
    """A loose end that cannot be stored; the message is one sentence saying what to fix."""


@dataclass(frozen=True)
class Notice:
    amount: int
    unit: str  # one of NOTICE_UNITS

    def __str__(self) -> str:
        if self.amount == 0:
            return "no notice"
        word = self.unit[:-1] if self.amount == 1 else self.unit
        return f"{self.amount} {word}"


@dataclass(frozen=True)
class Holiday:
    first_day: date
    last_day: date
    note: str = ""

    def __str__(self) -> str:
        if self.first_day == self.last_day:
            span = _day(self.first_day)
        else:
            span = f"{_day(self.first_day)} to {_day(self.last_day)}"
        return f"{span} ({self.note})" if self.note else span


@dataclass(frozen=True)
class Reference:
    name: str
    relationship: str = ""
    asked: bool = False


@dataclass(frozen=True)
class EmployerQuestion:
    key: str
    question: str
    hint: str


@dataclass(frozen=True)
class LooseEndsFacts:
    """What the candidate has written down, reduced to what the checklist needs."""

    today: date
    notice: Notice | None = None
    holidays: Sequence[Holiday] = ()
    no_holidays: bool = False
    on_site: bool = True
    commute_minutes: int | None = None
    commute_mode: str = ""
    route: str = ""
    journey_tested: bool = False
    # The interview's local weekday and time ("Thursday 14:30"), to test the journey at that hour.
    interview_time: str = ""
    documents: str = ""
    references: Sequence[Reference] = ()
    right_to_work: str = ""
    adjustments: str = ""
    answers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LooseEnd:
    key: str
    question: str
    answer: str
    prepared: bool
    hint: str
    flags: tuple[str, ...] = ()


def _day(value: date) -> str:
    return f"{value:%a} {value.day} {value:%B %Y}"


def check_notice(amount: int | None, unit: str) -> Notice | None:
    """A valid notice period, or None when not given; refuses negatives and absurd lengths."""
    if amount is None:
        return None
    if unit not in NOTICE_UNITS:
        raise LooseEndsError(f"Give the notice period in {', '.join(NOTICE_UNITS)}.")
    if amount < 0:
        raise LooseEndsError("A notice period cannot be negative; write 0 if you could start now.")
    if amount > MAX_NOTICE[unit]:
        raise LooseEndsError(
            f"A notice period of {amount} {unit} is longer than any contract sets; the most this "
            f"takes is {MAX_NOTICE[unit]} {unit}."
        )
    return Notice(amount, unit)


def check_holiday(first_day: date, last_day: date) -> None:
    if last_day < first_day:
        raise LooseEndsError(
            f"The holiday ends ({_day(last_day)}) before it starts ({_day(first_day)})."
        )
    if (last_day - first_day).days >= MAX_HOLIDAY_DAYS:
        raise LooseEndsError("A holiday longer than a year is not a holiday; check the dates.")


def check_commute(minutes: int | None) -> None:
    if minutes is not None and not 1 <= minutes <= MAX_COMMUTE_MINUTES:
        raise LooseEndsError(
            f"Give the journey in minutes, from 1 to {MAX_COMMUTE_MINUTES} (10 hours)."
        )


def _add_months(start: date, months: int) -> date:
    month = start.month - 1 + months
    year = start.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def earliest_start(today: date, notice: Notice) -> date:
    """The first working day after serving the notice from today (a weekend moves to Monday)."""
    if notice.unit == "months":
        end = _add_months(today, notice.amount)
    else:
        end = today + timedelta(days=notice.amount * (7 if notice.unit == "weeks" else 1))
    # Notice given today ends on `end`; nobody starts a job on a Saturday.
    start = end + timedelta(days=1) if notice.amount else today + timedelta(days=1)
    while start.weekday() >= 5:
        start += timedelta(days=1)
    return start


def holidays_in_first_weeks(start: date, holidays: Sequence[Holiday]) -> list[Holiday]:
    """The holidays that overlap the first FIRST_WEEKS weeks from the start date."""
    window_end = start + timedelta(weeks=FIRST_WEEKS)
    return [h for h in holidays if h.first_day < window_end and h.last_day >= start]


@cache
def employer_questions() -> tuple[EmployerQuestion, ...]:
    """The employer's practical questions from the shipped data file, checked on load."""
    text = resources.files("secondround").joinpath("data/dayof/employer_questions.yaml")
    data = yaml.safe_load(text.read_text(encoding="utf-8"))
    out = []
    for entry in data["questions"]:
        if not all(isinstance(entry.get(k), str) and entry[k] for k in ("key", "question", "hint")):
            raise ValueError(f"employer_questions.yaml: incomplete entry {entry!r}")
        out.append(EmployerQuestion(entry["key"], entry["question"], entry["hint"]))
    if len({q.key for q in out}) != len(out):
        raise ValueError("employer_questions.yaml: a key is used twice")
    return tuple(out)


def checklist(facts: LooseEndsFacts) -> list[LooseEnd]:
    """Every loose end with the candidate's prepared answer, flagged where it is still empty."""
    items = [_start_date(facts), _holidays(facts)]
    if facts.on_site:
        items.append(_commute(facts))
    items += [
        _text_item(
            "documents",
            "What will you bring?",
            # One document a line on the form; one sentence in the checklist and the pack.
            ", ".join(line.strip() for line in facts.documents.splitlines() if line.strip()),
            "List what to bring: ID, certificates, portfolio, a printed CV, what you promised.",
        ),
        _references(facts),
        _text_item(
            "right_to_work",
            "Do you have the right to work here?",
            facts.right_to_work,
            "Say what shows it (passport, share code, visa and its end date) and bring proof.",
        ),
        _text_item(
            "adjustments",
            "Do you need any adjustments?",
            facts.adjustments,
            'Write what would help (step-free access, extra time, a quiet room), or "none".',
        ),
    ]
    for question in employer_questions():
        items.append(
            _text_item(
                question.key, question.question, facts.answers.get(question.key, ""), question.hint
            )
        )
    return items


def open_count(items: Sequence[LooseEnd]) -> int:
    return sum(not item.prepared for item in items)


def _text_item(key: str, question: str, answer: str, hint: str) -> LooseEnd:
    answer = answer.strip()
    return LooseEnd(key, question, answer, bool(answer), hint)


def _start_date(facts: LooseEndsFacts) -> LooseEnd:
    question = "When could you start?"
    if facts.notice is None:
        return LooseEnd(
            "start_date",
            question,
            "",
            False,
            "Enter your notice period (0 if you could start at once) to see your earliest start.",
        )
    start = earliest_start(facts.today, facts.notice)
    answer = (
        f"From {_day(start)}: {facts.notice} from today ({_day(facts.today)})."
        if facts.notice.amount
        else f"From {_day(start)}: I have no notice to serve."
    )
    return LooseEnd("start_date", question, answer, True, "Check your contract's notice clause.")


def _holidays(facts: LooseEndsFacts) -> LooseEnd:
    question = "Do you have any holidays booked?"
    upcoming = [h for h in facts.holidays if h.last_day >= facts.today]
    if not upcoming:
        return LooseEnd(
            "holidays",
            question,
            "None booked." if facts.no_holidays else "",
            facts.no_holidays,
            "Add each holiday you have booked, or tick that you have none.",
        )
    flags: tuple[str, ...] = ()
    if facts.notice is not None:
        start = earliest_start(facts.today, facts.notice)
        flags = tuple(
            f"{h} falls in your first {FIRST_WEEKS} weeks: say so when you agree a start date."
            for h in holidays_in_first_weeks(start, upcoming)
        )
    answer = "; ".join(str(h) for h in sorted(upcoming, key=lambda h: h.first_day))
    return LooseEnd("holidays", question, answer, True, "Mention them before an offer.", flags)


def _commute(facts: LooseEndsFacts) -> LooseEnd:
    question = "How will you get there?"
    if facts.commute_minutes is None:
        return LooseEnd(
            "commute",
            question,
            facts.route.strip(),
            False,
            "Work out the journey: how long it takes and how you will travel.",
        )
    how = f" {facts.commute_mode}" if facts.commute_mode else ""
    answer = f"{facts.commute_minutes} minutes{how}."
    if facts.route.strip():
        answer += f" Route: {facts.route.strip()}"
    flags: tuple[str, ...] = ()
    if not facts.journey_tested:
        when = f" ({facts.interview_time})" if facts.interview_time else ""
        flags = (f"Test the journey at the interview's time{when}: traffic and trains change.",)
    return LooseEnd("commute", question, answer, True, "Leave time to spare.", flags)


def _references(facts: LooseEndsFacts) -> LooseEnd:
    question = "Can you give references?"
    if not facts.references:
        return LooseEnd(
            "references",
            question,
            "",
            False,
            "Add two people who would speak for your work, and ask them first.",
        )
    parts = []
    for ref in facts.references:
        who = f"{ref.name} ({ref.relationship})" if ref.relationship else ref.name
        parts.append(f"{who}, {'asked' if ref.asked else 'not asked yet'}")
    flags = tuple(
        f"Ask {ref.name} before you give their name." for ref in facts.references if not ref.asked
    )
    return LooseEnd(
        "references",
        question,
        "; ".join(parts) + ".",
        not flags,
        "Tell each one about the role so they can speak to it.",
        flags,
    )
