"""The bank of questions to ask: big enough, every topic and role served, each with why."""

from __future__ import annotations

from collections import Counter

from secondround.core.asking import ROLES, load_asking_bank


def test_it_holds_at_least_80_questions_each_with_a_reason() -> None:
    bank = load_asking_bank()
    assert len(bank.questions) >= 80
    assert all(q.text.strip() and len(q.why.split()) >= 5 for q in bank.questions)
    assert len({q.text for q in bank.questions}) == len(bank.questions)


def test_every_topic_of_the_issue_has_several_questions() -> None:
    bank = load_asking_bank()
    per_topic = Counter(q.topic for q in bank.questions)
    for topic in (
        "day_to_day",
        "success",
        "team",
        "culture",
        "growth",
        "challenges",
        "interviewer",
        "next_steps",
        "fit",
    ):
        assert per_topic[topic] >= 4, topic
    texts = " ".join(q.text for q in bank.questions)
    assert "anything about my experience that makes you doubt my fit" in texts


def test_every_role_has_enough_questions_to_choose_from() -> None:
    bank = load_asking_bank()
    for role in ROLES:
        assert sum(role in q.roles for q in bank.questions) >= 15, role
