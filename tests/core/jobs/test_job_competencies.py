"""Competencies found in job adverts: the right ones, with the ad's own words, weighted sensibly."""

from __future__ import annotations

import json

from secondround.core.competencies import COMPETENCIES
from secondround.core.jobs import Competency, JobProfile, analyse_job
from tests.core.jobs.conftest import read_ad


def by_name(profile: JobProfile) -> dict[str, Competency]:
    return {c.name: c for c in profile.competencies}


def test_it_finds_a_competency_with_the_ads_own_words() -> None:
    found = by_name(analyse_job(read_ad("staff_nurse")))
    pressure = found["working_under_pressure"]
    assert pressure.evidence == "calm under pressure"
    assert pressure.source == "ad"
    assert found["customer_focus"].weight == 3
    assert found["prioritisation"].evidence == "Prioritise"


def test_every_evidence_is_the_exact_span_of_the_ad(any_ad: str) -> None:
    for item in analyse_job(any_ad).competencies:
        if item.source == "ad":
            assert item.start is not None and item.end is not None
            assert any_ad[item.start : item.end] == item.evidence


def test_every_name_is_one_of_the_sixteen_keys(any_ad: str) -> None:
    profile = analyse_job(any_ad)
    # A thin advert may give none, and then says why.
    assert profile.competencies or profile.notes
    assert {c.name for c in profile.competencies} <= set(COMPETENCIES)
    assert all(c.weight in (1, 2, 3) for c in profile.competencies)
    assert len({c.name for c in profile.competencies}) == len(profile.competencies)


def test_competencies_come_most_central_first(any_ad: str) -> None:
    weights = [c.weight for c in analyse_job(any_ad).competencies]
    assert weights == sorted(weights, reverse=True)


def test_equal_weights_keep_the_order_of_mention() -> None:
    ad = "Porter\nYou are punctual. You show integrity. You are a team player. You stay calm."
    names = [c.name for c in analyse_job(ad).competencies]
    assert names == ["time_management", "ethics", "teamwork", "working_under_pressure"]


def test_a_manager_title_and_an_essential_line_make_leadership_central() -> None:
    found = by_name(analyse_job(read_ad("store_manager")))
    assert found["leadership"].weight == 3
    assert found["leadership"].evidence == "managing a team"
    assert found["conflict"].weight == 1
    assert found["conflict"].evidence == "resolve conflicts"


def test_a_line_marked_essential_outweighs_one_passing_mention() -> None:
    found = by_name(analyse_job(read_ad("accountant")))
    assert found["organisation"].weight == 3
    assert found["organisation"].evidence == "attention to detail"
    assert found["ethics"].weight == 3
    assert found["working_under_pressure"].weight == 1
    assert found["working_under_pressure"].evidence == "tight deadlines"


def test_the_requirements_section_counts_for_more_than_the_duties() -> None:
    found = by_name(analyse_job(read_ad("software_engineer")))
    assert found["adaptability"].weight == 3
    assert found["adaptability"].evidence == "ambiguity"
    assert found["influence"].weight == 1
    # "Knowledge of ... data protection" sits under "Nice to have".
    assert found["ethics"].weight == 1


def test_word_forms_and_everyday_phrasings_hit() -> None:
    for phrase in ("working in teams", "teamworking", "a real team player", "team-work"):
        found = by_name(analyse_job(f"Cook\nWe want {phrase} in our kitchen."))
        assert "teamwork" in found, phrase
    found = by_name(analyse_job("Clerk\nYou will juggle competing deadlines every week."))
    assert found["time_management"].evidence == "juggle competing deadlines"
    assert "prioritisation" not in found
    found = by_name(
        analyse_job("Analyst\nStrong organizational skills and stakeholder management.")
    )
    assert found["organisation"].evidence == "organizational skills"
    assert found["influence"].evidence == "stakeholder management"


def test_look_alikes_are_not_competencies() -> None:
    ad = (
        "Warehouse Operative\n"
        "We are a market-leading retailer. We offer flexible working and new initiatives.\n"
        "You will check blood pressure readings are logged."
    )
    names = {c.name for c in analyse_job(ad).competencies if c.source == "ad"}
    assert names.isdisjoint({"leadership", "adaptability", "initiative", "working_under_pressure"})


def test_punctuation_breaks_a_phrase() -> None:
    names = {c.name for c in analyse_job("Porter\nWe lead. The team is small.").competencies}
    assert "leadership" not in names


def test_a_thin_ad_borrows_only_what_the_scorer_keeps_from_its_occupation() -> None:
    profile = analyse_job(read_ad("thin_barista"))
    assert profile.occupation is not None and profile.occupation.title == "Baristas"
    # Inferred competencies are weighed like the rest and are mostly wrong on adverts (the
    # scorer learnt so on the readers corpus's dev split): at most the likeliest stays.
    assert all(c.source == "occupation" for c in profile.competencies)
    assert len(profile.competencies) <= 1
    assert all(c.weight == 1 and c.start is None for c in profile.competencies)
    assert profile.notes and "no competency was read" in profile.notes[0]


def test_a_rich_ad_does_not_borrow_from_its_occupation(any_ad: str) -> None:
    profile = analyse_job(any_ad)
    from_ad = [c for c in profile.competencies if c.source == "ad"]
    if len(from_ad) >= 3:
        assert all(c.source == "ad" for c in profile.competencies)


def test_a_title_given_apart_from_the_ad_still_counts() -> None:
    ad = "You will look after our wine cellar and serve guests."
    profile = analyse_job(ad, title="Head Sommelier")
    leadership = by_name(profile)["leadership"]
    assert leadership.weight == 3
    assert leadership.evidence == "Head"
    assert leadership.start is None


def test_the_profile_is_plain_json() -> None:
    data = json.loads(json.dumps(analyse_job(read_ad("software_engineer")).to_dict()))
    assert set(data) == {
        "competencies",
        "keywords",
        "tools",
        "occupation",
        "notes",
        "english",
        "tool_evidence",
    }
    assert set(data["competencies"][0]) == {"name", "weight", "evidence", "start", "end", "source"}
    assert set(data["occupation"]) == {"code", "title", "score"}
