"""Choosing three or four questions per person: by role and advert, leaving out what the notes
answer, following up what round one left open."""

from __future__ import annotations

from secondround.core.asking import (
    PER_PERSON,
    Fact,
    Interviewer,
    JobFocus,
    OpenItem,
    load_asking_bank,
    suggest_questions,
)

PANEL = [
    Interviewer("Priya Shah", "line_manager"),
    Interviewer("Tom Reed", "team_member"),
    Interviewer("Ann Bell", "hr"),
    Interviewer("Dr Ruth Okafor", "senior_executive"),
]


def _texts(plan: object, index: int) -> list[str]:
    return [s.text for s in plan.people[index].recommended]  # type: ignore[attr-defined]


def test_each_person_gets_four_questions_fitting_their_role() -> None:
    plan = suggest_questions(PANEL)
    bank = {q.id: q for q in load_asking_bank().questions}
    for person, planned in zip(PANEL, plan.people, strict=True):
        assert len(planned.recommended) == PER_PERSON
        for suggestion in planned.recommended:
            assert person.role in bank[suggestion.key].roles
            assert suggestion.why
        # One topic at a time: four questions about four different things.
        assert len({s.topic for s in planned.recommended}) == PER_PERSON
    hr_topics = {s.topic for s in plan.people[2].recommended}
    assert "next_steps" in hr_topics
    exec_topics = {s.topic for s in plan.people[3].recommended}
    assert "direction" in exec_topics


def test_no_question_is_recommended_to_two_people() -> None:
    plan = suggest_questions(PANEL)
    keys = [s.key for p in plan.people for s in p.recommended]
    assert len(keys) == len(set(keys))


def test_what_the_notes_already_say_is_not_asked_again() -> None:
    facts = [Fact("team of 6, 3 days in office", "team")]
    plan = suggest_questions(PANEL, facts=facts)
    asked = " ".join(s.text for p in plan.people for s in p.ranked)
    assert "How big is the team" not in asked
    assert "which days to be in the office" not in asked
    left = {item.key: item.fact for item in plan.left_out}
    assert left["team-shape"] == "team of 6, 3 days in office"
    assert "hybrid-pattern" in left
    # Without the fact, the same panel is asked about the team's size.
    plain = suggest_questions(PANEL)
    assert "How big is the team" in " ".join(s.text for p in plain.people for s in p.ranked)


def test_a_round_one_concern_is_followed_up_first_with_the_line_manager() -> None:
    concern = OpenItem(
        "concern",
        "she asked whether I had managed a budget before",
        "she asked whether I had managed a budget before, seemed unsure",
        "organisation",
    )
    plan = suggest_questions(PANEL, open_items=[concern])
    first = plan.people[0].recommended[0]
    assert first.source == "follow_up"
    assert "my organisation experience" in first.text
    assert "managed a budget before" in first.why
    assert len(plan.people[0].recommended) == PER_PERSON
    assert all(s.source == "bank" for p in plan.people[1:] for s in p.recommended)


def test_a_thread_is_picked_up_but_a_question_they_asked_is_not() -> None:
    items = [
        OpenItem("topic", "how would you design a rate limiter?", "how would you design a rate"),
        OpenItem("topic", "the refit and the Christmas plan", "refit and the Christmas plan"),
    ]
    plan = suggest_questions(PANEL, open_items=items)
    follow = [s for p in plan.people for s in p.recommended if s.source == "follow_up"]
    assert [s.text for s in follow] == [
        "Last time we touched on the refit and the Christmas plan. "
        "Has anything moved on since then?"
    ]


def test_the_advert_shapes_the_choice_and_says_so() -> None:
    tom = [Interviewer("Tom Reed", "team_member")]
    job = JobFocus({"customer_focus": (3, "put customers first")})
    customers = next(
        s for s in suggest_questions(tom, job=job).people[0].recommended if s.key == "customers"
    )
    assert "The advert stresses customer focus (“put customers first”)." in customers.why
    untailored = suggest_questions(tom)
    assert "customers" not in {s.key for s in untailored.people[0].recommended}
    assert "{tool}" not in " ".join(s.text for s in untailored.people[0].ranked)


def test_a_tool_the_advert_names_is_asked_about() -> None:
    plan = suggest_questions(
        [Interviewer("Tom Reed", "team_member")], JobFocus(tools=("Salesforce",))
    )
    first = plan.people[0].recommended[0]
    assert first.text.startswith("How does the team use Salesforce day to day")
    assert "The advert names Salesforce" in first.why


def test_someone_whose_role_is_unknown_still_gets_general_questions() -> None:
    plan = suggest_questions([Interviewer("Sam", "other")])
    assert len(plan.people[0].recommended) == PER_PERSON


def test_nobody_to_meet_gives_no_questions() -> None:
    assert suggest_questions([]).people == ()


def test_concerns_without_a_competency_share_one_follow_up() -> None:
    items = [
        OpenItem("concern", "why I left Fintrak", "pushed on why I left Fintrak after a year"),
        OpenItem("concern", "the reorg", "said it was the reorg but not sure he bought it"),
    ]
    plan = suggest_questions(PANEL, open_items=items)
    follow = [s for s in plan.people[0].recommended if s.source == "follow_up"]
    assert len(follow) == 1
    assert "after a year" in follow[0].why and "not sure he bought it" in follow[0].why


def test_a_note_about_other_tools_does_not_answer_the_question_about_the_adverts_tool() -> None:
    tom = [Interviewer("Tom Reed", "team_member")]
    job = JobFocus(tools=("Python",))
    other = suggest_questions(tom, job, facts=[Fact("they use Jira + Confluence", "tools")])
    assert "tool-day-to-day" in {s.key for s in other.people[0].ranked}
    same = suggest_questions(tom, job, facts=[Fact("they use Python 3.12 everywhere", "tools")])
    assert "tool-day-to-day" in {item.key for item in same.left_out}
    assert any(item.text.startswith("How does the team use Python") for item in same.left_out)
