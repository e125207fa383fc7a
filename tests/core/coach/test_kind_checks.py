"""The checks follow the question's kind: no STAR scolding where no story was asked for."""

from __future__ import annotations

from secondround.core.coach import analyse_answer

STAR_REMARKS = {"missing_action", "missing_result", "missing_situation", "missing_task"}


def remark_kinds(text: str, question: str) -> set[str]:
    return {r.kind for r in analyse_answer(text, question=question).remarks}


def test_a_motivation_answer_is_not_asked_for_a_story() -> None:
    text = (
        "I want to work here because your Harrogate branch trains every adviser in mortgages "
        "within a year, and the role mixes that with the customer work I do now."
    )
    feedback = analyse_answer(text, question="Why do you want to work for us?")
    kinds = {r.kind for r in feedback.remarks}
    assert not kinds & STAR_REMARKS
    assert "*" not in (feedback.probe or "")
    assert feedback.probe != "What did you do yourself?"


def test_specific_reasons_beat_generic_ones_for_motivation() -> None:
    question = "Why do you want this job?"
    generic = "It seems like a great company and a good opportunity. I am passionate about it."
    specific = (
        "Your Leeds store won the regional service award twice, and I shop there every week. "
        "The role mixes stock control with customer service, which I did for three years at "
        "a garden centre, and your training scheme would take me towards supervising."
    )
    weak = analyse_answer(generic, question=question)
    strong = analyse_answer(specific, question=question)
    assert strong.scores.overall > weak.scores.overall
    assert any(r.kind == "kind_not_generic" for r in weak.remarks)
    assert strong.strengths


def test_a_situational_answer_is_not_scolded_for_being_hypothetical() -> None:
    text = (
        "First I would check the booking under other names and dates. "
        "Then I would apologise and offer a seat in the bar while I sorted it out. "
        "Finally I would make sure the system fault was reported so it did not happen again."
    )
    feedback = analyse_answer(text, question="What would you do if a guest's booking was lost?")
    assert not feedback.hypothetical
    assert "hypothetical" not in {r.kind for r in feedback.remarks}
    assert "You set out a clear approach, in order." in feedback.strengths


def test_a_situational_answer_is_credited_for_a_real_example() -> None:
    question = "What would you do if a guest's booking was lost?"
    plan = "First I would check the system. Then I would offer a table in the bar."
    backed = (
        plan + " Last summer at the Grand I had exactly that. I found the booking under the "
        "wrong date and moved a party of six to the terrace."
    )
    assert (
        analyse_answer(backed, question=question).scores.overall
        > analyse_answer(plan, question=question).scores.overall
    )


def test_a_plan_answer_is_judged_on_phases_and_priorities() -> None:
    question = "What would your first 90 days look like?"
    vague = "I would just get stuck in and work hard and see how it goes."
    phased = (
        "In the first month I would meet each of the six team leaders and learn how the rota "
        "works. My priority after that would be the late deliveries, because they cost the "
        "most complaints. By day 90 I would want late deliveries under 5%."
    )
    weak = analyse_answer(vague, question=question)
    strong = analyse_answer(phased, question=question)
    assert strong.scores.overall > weak.scores.overall
    assert {"kind_phases", "kind_priorities"} <= {r.kind for r in weak.remarks}
    assert weak.probe


def test_a_factual_answer_is_judged_on_a_direct_specific_reply() -> None:
    question = "What size of budget did you manage?"
    direct = analyse_answer("About £1.2 million a year, across two sites.", question=question)
    evasive = analyse_answer(
        "It depends really, budgets are always changing and it was a big responsibility.",
        question=question,
    )
    assert direct.scores.overall > evasive.scores.overall
    assert not {r.kind for r in direct.remarks} & STAR_REMARKS
    assert "kind_specific" in {r.kind for r in evasive.remarks}


def test_a_salary_answer_needs_a_figure() -> None:
    question = "What are your salary expectations?"
    none = analyse_answer("Whatever you think is fair, I am flexible.", question=question)
    figure = analyse_answer(
        "Based on similar roles advertised in Bristol, I am looking for £34,000 to £36,000.",
        question=question,
    )
    assert figure.scores.overall > none.scores.overall
    assert none.probe == "What figure do you have in mind?"


def test_a_story_answer_still_gets_the_star_checks() -> None:
    kinds = remark_kinds(
        "I think teamwork is important. We always helped each other.",
        "Tell me about a time you helped a colleague.",
    )
    assert kinds & (STAR_REMARKS | {"ownership", "vague_result"})
    assert not any(k.startswith("kind_") for k in kinds)


def test_the_feedback_lists_strengths_and_the_top_three_to_work_on() -> None:
    feedback = analyse_answer(
        "Um, so, I guess I sort of helped out. It was fine I think.",
        question="Tell me about a time you helped a colleague.",
    )
    assert 1 <= len(feedback.top_three) <= 3
    assert len({r.kind for r in feedback.top_three}) == len(feedback.top_three)
    assert all(r in feedback.remarks for r in feedback.top_three)
    good = analyse_answer(
        "Last spring I was a team lead at a courier firm. My job was to clear a backlog of "
        "300 parcels. I split them by postcode and phoned the three late drivers myself. "
        "As a result we cleared every parcel by 7pm, two hours early.",
        question="Tell me about a time you worked under pressure.",
    )
    assert "You give a measurable result." in good.strengths
