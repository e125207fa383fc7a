"""Tools are products and technologies: named ones no list knows count from the words around
them; verbs, category words, qualifications and bodies never do."""

from __future__ import annotations

import pytest

from secondround.core.jobs import analyse_job


@pytest.mark.parametrize(
    ("ad", "tools"),
    [
        (
            "Planner\nWe use Quartzline for scheduling and Brevvo for invoices.",
            {"Quartzline", "Brevvo"},
        ),
        (
            "Agent\n- Experience with Tallymark, Ordo Desk or a similar CRM",
            {"Tallymark", "Ordo Desk"},
        ),
        ("Coordinator\nYou'll log every job in FixTrackPro and chase parts.", {"FixTrackPro"}),
        ("Nurse\nWe chart on our patient record system (Medora Prime).", {"Medora Prime"}),
        ("Clerk\nKeep records on the Northvale housing system, updated daily.", {"Northvale"}),
        (
            "Engineer\nFamiliarity with Zentrix is a plus; Gorvane experience welcome.",
            {"Zentrix", "Gorvane"},
        ),
    ],
)
def test_a_named_product_counts_from_the_words_around_it(ad: str, tools: set[str]) -> None:
    assert tools <= set(analyse_job(ad).tools)


@pytest.mark.parametrize(
    ("ad", "not_tools"),
    [
        ("Success Manager\n- Reduce churn across the book\n- reduce costs", {"Reduce", "reduce"}),
        ("Agent\nExperience with a CRM is essential.", {"CRM"}),
        (
            "Electrician\nYou hold F-Gas and a CSCS Black Card.",
            {"F-Gas", "CSCS Black Card", "CSCS"},
        ),
        ("Nurse\nBand 6, NMC registration required.", {"Band 6", "NMC"}),
        ("Buyer\n- Run RFQs and RFPs for new suppliers", {"Run RFQs", "RFPs", "RFQs"}),
        ("Officer\nBased in Larkfield, working with Grace Otieno.", {"Larkfield", "Grace Otieno"}),
    ],
)
def test_verbs_categories_qualifications_and_places_are_not_tools(
    ad: str, not_tools: set[str]
) -> None:
    assert not (not_tools & set(analyse_job(ad).tools))
