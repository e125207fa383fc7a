"""Which questions are planned, and the reason given for each."""

from __future__ import annotations

from collections import Counter

from secondround.core.questions.plan import Concern, Interviewer, Need, plan_questions

LEADERSHIP = Need("leadership", 3, "lead a team of eight engineers")
DEADLINES = Need("time_management", 2, "juggle competing deadlines")
CUSTOMERS = Need("customer_focus", 1, "client-facing")


def test_the_jobs_key_competency_comes_first_with_its_evidence() -> None:
    plan = plan_questions([CUSTOMERS, LEADERSHIP, DEADLINES], count=5)
    first = plan.questions[0]
    assert first.question.competency == "leadership"
    assert "lead a team of eight engineers" in first.reason


def test_a_key_competency_comes_back_in_other_wordings_and_styles() -> None:
    plan = plan_questions([LEADERSHIP, DEADLINES, CUSTOMERS], count=15)
    leadership = [p.question for p in plan.questions if p.question.competency == "leadership"]
    assert len(leadership) >= 3
    assert len({q.style for q in leadership}) >= 3
    assert any("another wording" in p.reason for p in plan.questions)


def test_heavier_competencies_get_more_questions() -> None:
    plan = plan_questions([LEADERSHIP, DEADLINES, CUSTOMERS], count=15)
    counts = Counter(p.question.competency for p in plan.questions)
    assert counts["leadership"] > counts["time_management"] >= counts["customer_focus"] >= 1


def test_no_question_is_planned_twice() -> None:
    plan = plan_questions([LEADERSHIP, DEADLINES], [Interviewer("Ana", "hr")], count=40)
    ids = [p.question.id for p in plan.questions]
    assert len(ids) == len(set(ids))


def test_a_concern_from_round_one_is_followed_up_first() -> None:
    concern = Concern("asked whether I had managed a budget", "organisation")
    plan = plan_questions([LEADERSHIP], concerns=[concern], count=5)
    first = plan.questions[0]
    assert first.question.competency == "organisation"
    assert "managed a budget" in first.reason


def test_a_concern_with_no_competency_gets_a_question_about_the_record() -> None:
    plan = plan_questions([LEADERSHIP], concerns=[Concern("seemed doubtful, hard to say why")])
    assert plan.questions[0].question.kind in ("first_interview", "experience", "motivation")


def test_each_person_to_meet_gets_a_question_their_role_asks() -> None:
    people = [Interviewer("Priya Shah", "hr"), Interviewer("Tom Reed", "senior_executive")]
    plan = plan_questions([LEADERSHIP, DEADLINES], people, count=10)
    for person in people:
        theirs = [p for p in plan.questions if p.for_person == person.name]
        assert theirs, person.name
        assert all(person.role in p.question.asked_by for p in theirs)
    assert any("Priya Shah (HR)" in p.reason for p in plan.questions)


def test_asking_for_one_role_keeps_to_questions_that_role_asks() -> None:
    plan = plan_questions([LEADERSHIP, DEADLINES], asked_by="hr", count=5)
    assert len(plan.questions) == 5
    assert all("hr" in p.question.asked_by for p in plan.questions)


def test_a_mastered_competency_is_left_out_unless_asked_for() -> None:
    mastered = {"leadership": 88.0}
    plan = plan_questions([LEADERSHIP, DEADLINES], mastered=mastered, count=10)
    assert all(p.question.competency != "leadership" for p in plan.questions)
    assert plan.mastered_left_out == {"leadership": 88.0}
    kept = plan_questions(
        [LEADERSHIP, DEADLINES], mastered=mastered, include_mastered=True, count=10
    )
    assert any(p.question.competency == "leadership" for p in kept.questions)
    assert not kept.mastered_left_out


def test_a_job_with_no_competencies_gets_the_usual_second_round_ones() -> None:
    plan = plan_questions([], count=6)
    assert len(plan.questions) == 6
    assert any("most second interviews" in p.reason for p in plan.questions)


def test_recently_asked_questions_give_way_to_fresh_wordings() -> None:
    first = plan_questions([LEADERSHIP], count=5)
    again = plan_questions(
        [LEADERSHIP], count=5, recently_asked={p.question.id for p in first.questions}
    )
    assert not {p.question.id for p in first.questions} & {p.question.id for p in again.questions}


def test_the_same_inputs_give_the_same_plan() -> None:
    one = plan_questions([LEADERSHIP, DEADLINES], count=10, seed=3)
    two = plan_questions([LEADERSHIP, DEADLINES], count=10, seed=3)
    assert one.to_dict() == two.to_dict()


def test_an_earlier_round_brings_a_follow_up_question() -> None:
    plan = plan_questions([LEADERSHIP], had_earlier_round=True, count=15)
    assert any(p.question.kind == "first_interview" for p in plan.questions)
    cold = plan_questions([LEADERSHIP], had_earlier_round=False, count=15)
    assert all("first interview" not in p.reason for p in cold.questions)


def test_a_concern_is_followed_up_by_the_question_closest_to_its_words() -> None:
    plan = plan_questions([LEADERSHIP], concerns=[Concern("pushed on why I left after a year")])
    first = plan.questions[0].question
    assert first.kind in ("first_interview", "experience", "motivation")
    assert "leav" in first.text.lower()
