"""Key terms and named tools of a job advert."""

from __future__ import annotations

from secondround.core.jobs import analyse_job
from secondround.core.text.words import word_list
from tests.core.jobs.conftest import read_ad


def test_tools_are_named_as_the_ad_writes_them() -> None:
    tools = analyse_job(read_ad("software_engineer")).tools
    # "in Python and Go on AWS": Go is a language beside one, so a tool too.
    assert tools[:4] == ("Python", "Go", "AWS", "SQL")
    assert {"PostgreSQL", "Kafka", "Docker", "Kubernetes", "Terraform"} <= set(tools)
    assert analyse_job("Analyst\nYou will query postgresql and jira daily.").tools == (
        "postgresql",
        "jira",
    )


def test_a_longer_name_swallows_the_shorter_one() -> None:
    tools = analyse_job("Clerk\nYou know Microsoft Excel well; Excel macros a plus.").tools
    assert tools == ("Microsoft Excel",)


def test_tools_at_the_start_of_a_list_line_count() -> None:
    ad = "Data Analyst\nWhat you'll need:\n- Python, SQL and Tableau\nPython is our main language."
    assert analyse_job(ad).tools == ("Python", "SQL", "Tableau")


def test_accounting_tools_are_found() -> None:
    tools = analyse_job(read_ad("accountant")).tools
    assert {"Excel", "Sage 200", "SAP", "Power BI"} <= set(tools)


def test_capitalised_words_are_not_tools() -> None:
    ad = (
        "Store Manager\nTeams of 25. Word of mouth matters. Our Values guide us. Go the extra mile."
    )
    assert analyse_job(ad).tools == ()


def test_keywords_are_the_jobs_own_terms(any_ad: str) -> None:
    keywords = analyse_job(any_ad).keywords
    stop = set(word_list("stopwords.txt"))
    assert 0 < len(keywords) <= 20
    assert len(set(keywords)) == len(keywords)
    assert all(k == k.lower() for k in keywords)
    assert all(k not in stop for k in keywords)
    assert all(k.split()[0] not in stop and k.split()[-1] not in stop for k in keywords)


def test_keywords_put_repeated_and_specific_terms_first() -> None:
    keywords = analyse_job(read_ad("software_engineer")).keywords
    assert "payments platform" in keywords[:3]
    assert {"data pipelines", "python", "design doc"} <= set(keywords)
    accountant = analyse_job(read_ad("accountant")).keywords
    assert {"management accountant", "management accounts", "variance analysis"} <= set(accountant)
