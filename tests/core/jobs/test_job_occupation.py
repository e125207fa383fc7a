"""The job's title matched to an O*NET occupation, from the title given or the ad itself."""

from __future__ import annotations

import pytest

from secondround.core.jobs import analyse_job
from secondround.core.jobs.occupations import match_occupation, normalise_title
from tests.core.jobs.conftest import read_ad


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Staff Nurse - Acute Medical Unit (Band 5)", "29-1141.00"),
        ("Senior Software Engineer, Payments Platform", "15-1252.00"),
        ("Management Accountant", "13-2011.00"),
        ("Barista", "35-3023.01"),
        ("Junior Backend Developer (m/f/d)", "15-1254.00"),
    ],
)
def test_it_matches_common_titles(title: str, code: str) -> None:
    match = match_occupation(title)
    assert match is not None
    assert match.code == code
    assert 80 <= match.score <= 100


def test_abbreviations_are_spelled_out() -> None:
    assert normalise_title("Snr Retail Store Mgr - Leeds") == "retail store manager"
    match = match_occupation("Retail store mgr")
    assert match is not None
    assert match.code in {"11-1021.00", "41-1011.00"}


@pytest.mark.parametrize("title", ["Chief Happiness Wizard", "", "!!!", "Head of Vibes"])
def test_no_occupation_rather_than_a_wrong_one(title: str) -> None:
    assert match_occupation(title) is None


def test_the_title_is_read_from_the_ad_when_not_given() -> None:
    profile = analyse_job(read_ad("staff_nurse"))
    assert profile.occupation is not None
    assert profile.occupation.title == "Registered Nurses"


def test_a_job_title_line_is_preferred_to_the_first_line() -> None:
    ad = "Acme Retail Group\nJob title: Barista\nServe coffee with a smile."
    profile = analyse_job(ad)
    assert profile.occupation is not None and profile.occupation.title == "Baristas"


def test_a_hiring_sentence_gives_the_title() -> None:
    ad = "We are looking for a barista to join our busy cafe in Bath. You will serve customers."
    profile = analyse_job(ad)
    assert profile.occupation is not None and profile.occupation.title == "Baristas"


def test_a_given_title_wins_over_the_ad() -> None:
    profile = analyse_job(read_ad("staff_nurse"), title="Barista")
    assert profile.occupation is not None and profile.occupation.title == "Baristas"


def test_uk_titles_mean_what_they_mean_in_the_uk() -> None:
    match = match_occupation("Support Worker – Supported Living (Full Time)")
    assert match is not None and match.title == "Personal Care Aides"
    match = match_occupation("Marketing Executive")
    assert match is not None and match.code == "13-1161.00"


def test_the_ad_chooses_between_occupations_sharing_a_title() -> None:
    profile = analyse_job(read_ad("support_team_lead"))
    assert profile.occupation is not None
    assert profile.occupation.code == "43-1011.00"
    warehouse = "Team Leader\nLead pickers and packers on the night shift in our warehouse."
    match = analyse_job(warehouse).occupation
    assert match is not None and match.code == "53-1042.00"


def test_the_first_sentence_of_a_one_line_ad_is_its_title() -> None:
    profile = analyse_job(read_ad("thin_electrician"))
    assert profile.occupation is not None and profile.occupation.title == "Electricians"
    assert {c.source for c in profile.competencies} <= {"occupation"}


def test_a_first_line_that_is_a_sentence_is_not_a_title() -> None:
    assert analyse_job("We are a friendly cafe in Bath.\nCome and work with us.").occupation is None
