"""Scores: a strong real example beats a weak one on each fault an interviewer would notice."""

from __future__ import annotations

from secondround.core.coach import analyse_answer, rubric, weights

QUESTION = "Tell me about a time you improved a process."
STRONG = (
    "Last year I was an administrator at a GP surgery with 9,000 patients. "
    "Repeat prescription requests were taking up to five days, and patients were complaining. "
    "My job was to get that under two days without extra staff. "
    "I mapped every step of the process with the two receptionists and found that requests sat "
    "in a paper tray until a GP was free. "
    "I set up a shared inbox in EMIS, sorted requests by urgency each morning, and agreed a "
    "20-minute slot with each GP after lunch to sign them. "
    "I also trained the team in the new routine over two lunchtimes. "
    "Within six weeks the average wait fell from five days to 36 hours, and complaints about "
    "prescriptions dropped from 14 a month to two. "
    "The practice manager has since rolled the same inbox out to test results."
)
HYPOTHETICAL = (
    "I would look at the process and find out where the delays are. "
    "Then I would talk to the team and suggest some improvements. "
    "I would make sure everyone was trained and I would check the results afterwards. "
    "I think it's important to always look for ways to improve."
)
WE_ONLY = (
    "Last year our team at a GP surgery had slow repeat prescriptions. "
    "We mapped the process and we set up a shared inbox. "
    "We agreed a slot with each GP to sign them. "
    "Within six weeks the average wait fell from five days to 36 hours."
)
HEDGED = (
    "I guess last year I was sort of an administrator at a surgery, I think maybe. "
    "Sorry, this probably isn't a great example. "
    "I kind of set up a shared inbox, I suppose, and sort of agreed a slot with the GPs. "
    "It went fine, I think, more or less."
)


def scores(text: str) -> dict[str, int]:
    return analyse_answer(text, question=QUESTION).scores.to_dict()


def test_a_strong_answer_scores_well() -> None:
    result = scores(STRONG)
    assert result["overall"] >= 75
    assert result["result"] == 100
    assert result["structure"] >= 80


def test_a_hypothetical_answer_scores_below_a_real_one() -> None:
    feedback = analyse_answer(HYPOTHETICAL, question=QUESTION)
    assert feedback.hypothetical
    assert feedback.scores.overall < scores(STRONG)["overall"] - 30
    assert any(r.kind == "hypothetical" for r in feedback.remarks)


def test_we_only_costs_ownership_but_not_the_result() -> None:
    feedback = analyse_answer(WE_ONLY, question=QUESTION)
    assert feedback.ownership.balance == "we"
    assert feedback.scores.ownership < 50
    assert feedback.result.status == "present"
    assert any(r.kind == "ownership" for r in feedback.remarks)


def test_hedging_costs_confidence() -> None:
    assert scores(HEDGED)["confidence"] < 50 <= scores(STRONG)["confidence"]


def test_a_vague_result_is_flagged_and_scores_less() -> None:
    text = (
        "At the time I ran the front desk at a hotel. "
        "I reorganised the check-in desk and wrote a new welcome sheet. "
        "In the end it went really well and the manager was happy."
    )
    feedback = analyse_answer(text, question=QUESTION)
    assert feedback.result.status == "vague"
    assert feedback.scores.result < 100
    assert any(r.kind == "vague_result" and r.sentence == 2 for r in feedback.remarks)


def test_a_missing_result_gets_the_result_probe() -> None:
    text = (
        "Last spring I was a team lead at a call centre. "
        "My job was to reduce call-backs. "
        "I listened to 50 calls and wrote three new scripts for the team."
    )
    feedback = analyse_answer(text, question=QUESTION)
    assert "R" in feedback.missing
    assert feedback.probe == "And what was the result?"


def test_length_uses_the_measured_duration_when_given() -> None:
    short = analyse_answer(STRONG, question=QUESTION, duration_s=20)
    assert short.length.measured and short.length.verdict == "short"
    assert short.scores.length < analyse_answer(STRONG, question=QUESTION).scores.length


def test_relevance_to_the_job_uses_its_keywords() -> None:
    job = "Practice administrator. Prescriptions, patients, inbox, GP liaison, complaints."
    near = analyse_answer(STRONG, question=QUESTION, job=job).relevance
    far = analyse_answer(STRONG, question=QUESTION, job="Forklift driver, warehouse, pallets.")
    assert near.job is not None and far.relevance.job is not None
    assert near.job > far.relevance.job


def test_weights_come_from_the_rubric_file() -> None:
    assert weights()["structure"] == rubric()["weights"]["structure"]
    assert all(value >= 0 for value in weights().values())


def test_every_remark_points_at_a_real_sentence_or_the_whole() -> None:
    for text in (STRONG, HYPOTHETICAL, WE_ONLY, HEDGED):
        feedback = analyse_answer(text, question=QUESTION)
        for remark in feedback.remarks:
            assert remark.sentence is None or 0 <= remark.sentence < len(feedback.sentences)
            assert remark.message.endswith((".", "?", ")"))


def test_the_job_remark_names_the_tools_the_ad_asks_for() -> None:
    job = (
        "Support team leader. You will handle escalated complaints and report weekly. "
        "Zendesk and SQL essential."
    )
    answer = "At the depot I moved pallets and drove the forklift for ten years."
    feedback = analyse_answer(answer, question=QUESTION, job=job)
    remark = next(r for r in feedback.remarks if r.kind == "job_keywords")
    assert "Zendesk" in remark.message and "SQL" in remark.message
    used = analyse_answer(
        "I handled escalated complaints in Zendesk and wrote SQL reports.",
        question=QUESTION,
        job=job,
    )
    assert {"Zendesk", "SQL", "escalated complaints"} <= set(used.relevance.matched)
