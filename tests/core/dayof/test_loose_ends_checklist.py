"""The loose-ends checklist: every item with the prepared answer, flagged where it is empty."""

from __future__ import annotations

from datetime import date

from secondround.core.loose_ends import (
    LooseEndsFacts,
    Notice,
    Reference,
    checklist,
    employer_questions,
    open_count,
)

TODAY = date(2026, 12, 1)


def _by_key(facts: LooseEndsFacts) -> dict[str, object]:
    return {item.key: item for item in checklist(facts)}


def test_an_empty_checklist_flags_every_item() -> None:
    items = checklist(LooseEndsFacts(today=TODAY))
    keys = [item.key for item in items]
    assert keys[:7] == [
        "start_date",
        "holidays",
        "commute",
        "documents",
        "references",
        "right_to_work",
        "adjustments",
    ]
    assert keys[7:] == [q.key for q in employer_questions()]
    assert open_count(items) == len(items)
    assert all(item.hint for item in items)


def test_a_video_interview_has_no_journey_to_plan() -> None:
    keys = [item.key for item in checklist(LooseEndsFacts(today=TODAY, on_site=False))]
    assert "commute" not in keys


def test_the_commute_says_to_test_the_journey_at_the_interviews_time() -> None:
    facts = LooseEndsFacts(
        today=TODAY,
        commute_minutes=50,
        commute_mode="by train",
        route="Train to Leeds, then the 6 bus",
        interview_time="Thursday 14:30",
    )
    item = checklist(facts)[2]
    assert item.prepared
    assert item.answer == "50 minutes by train. Route: Train to Leeds, then the 6 bus"
    assert item.flags == (
        "Test the journey at the interview's time (Thursday 14:30): traffic and trains change.",
    )
    tested = checklist(LooseEndsFacts(today=TODAY, commute_minutes=50, journey_tested=True))[2]
    assert tested.flags == ()


def test_a_reference_not_yet_asked_keeps_the_item_open() -> None:
    facts = LooseEndsFacts(
        today=TODAY,
        references=[Reference("Ana Ruiz", "my manager", asked=True), Reference("Ben Ode")],
    )
    item = next(i for i in checklist(facts) if i.key == "references")
    assert not item.prepared
    assert item.answer == "Ana Ruiz (my manager), asked; Ben Ode, not asked yet."
    assert item.flags == ("Ask Ben Ode before you give their name.",)


def test_answers_are_counted_once_written() -> None:
    answers = {q.key: "Yes." for q in employer_questions()}
    facts = LooseEndsFacts(
        today=TODAY,
        notice=Notice(1, "months"),
        no_holidays=True,
        on_site=False,
        documents="Passport",
        references=[Reference("Ana Ruiz", asked=True)],
        right_to_work="Citizen",
        adjustments="  ",
        answers=answers,
    )
    items = checklist(facts)
    assert [i.key for i in items if not i.prepared] == ["adjustments"]
    assert open_count(items) == 1
