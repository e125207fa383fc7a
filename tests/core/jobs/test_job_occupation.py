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
