"""`job analyse --json` with the job reader retrained on six writers: rarer competencies asked
in words of the writer's own (bringing someone round, owning a mistake, making the call, settling
a dispute) are found with the advert's words as evidence, and the employer describing itself as
"solving problems" and "well-organised" asks neither of the person hired. Adverts written for
this test."""

from __future__ import annotations

from tests.cli.job_json import Cli, analyse

TRAP = (
    "Warehouse Operative (Nights)\n"
    "Northgate Logistics, Doncaster\n\n"
    "About us\n"
    "Our customers are at the heart of everything we do, and we pride ourselves on solving "
    "problems for retailers across the north. We are a well-organised, values-led business.\n\n"
    "What you'll do\n"
    "- Pick and pack orders accurately using a handheld scanner\n"
    "- Load and unload lorries safely, following the manual handling training we give you\n\n"
    "What you'll need\n"
    "- A forklift licence (counterbalance), or willingness to train for one\n"
    "- Able to stand and walk for a full ten-hour shift\n\n"
    "What we offer\n"
    "- £13.20 an hour, rising after probation, and a staff discount\n"
    "- Free parking and a subsidised canteen\n"
)

RARE = (
    "Programme Officer, Community Grants\n"
    "Riverside Foundation, Manchester\n\n"
    "You will run our small grants round from call to award, working with six panels of local "
    "volunteers.\n\n"
    "What we are looking for\n"
    "- You can bring a sceptical trustee round to a new way of scoring bids by showing them the "
    "evidence, not by pulling rank\n"
    "- When a grant you recommended goes wrong, you tell us early, work out what you would do "
    "differently and change the process\n"
    "- You can make the call on a borderline bid on your own when the panel is split and the "
    "deadline is tomorrow\n"
    "- You stay even-handed when two applicants complain about each other, and help them reach "
    "an agreement both can live with\n"
    "- You write clear award letters and explain decisions to applicants in plain English\n\n"
    "We offer 30 days' holiday and a 6% pension.\n"
)


def test_the_employer_solving_problems_and_well_organised_asks_neither(cli: Cli) -> None:
    found = {c["name"] for c in analyse(cli, TRAP)["competencies"]}
    assert not found & {"problem_solving", "organisation", "customer_focus"}


def test_rarer_competencies_in_the_writers_own_words_are_found_with_evidence(cli: Cli) -> None:
    out = analyse(cli, RARE)
    found = {c["name"]: c for c in out["competencies"]}
    assert {"influence", "failure_learning", "decision_making", "conflict"} <= set(found)
    for competency in out["competencies"]:
        assert set(competency) >= {"name", "weight", "evidence", "start", "end", "source"}
        if competency["start"] is not None:
            assert RARE[competency["start"] : competency["end"]] == competency["evidence"]
