"""`job analyse --json` weighs each competency over the whole advert (the ad model): the
employer describing itself in competency words ("collaborative", "integrity") asks nothing of
the person hired, while requirements in everyday words are still read, each with words of the
advert as evidence. Adverts written for this test."""

from __future__ import annotations

from tests.cli.job_json import Cli, analyse


def test_the_employer_describing_itself_asks_for_no_teamwork_or_ethics(cli: Cli) -> None:
    advert = (
        "Bakery Assistant\n"
        "Crumb & Co, Bristol\n\n"
        "We are a friendly, collaborative bakery that believes in integrity. Our values: "
        "Curious, Kind, Brave.\n\n"
        "You will weigh, mix and bake bread from 5am, keep the ovens clean and serve at the "
        "counter.\n\n"
        "We offer a pension and free bread.\n"
    )
    found = {c["name"] for c in analyse(cli, advert)["competencies"]}
    assert not found & {"teamwork", "ethics"}


def test_requirements_in_everyday_words_are_read_with_the_advert_as_evidence(cli: Cli) -> None:
    advert = (
        "Site Coordinator\n"
        "Halden Build, Leeds\n\n"
        "- Explain the week's plan to subcontractors in plain words, without jargon\n"
        "- Keep your head when three deliveries arrive at once and the crane is down\n"
        "- Never sign off work as finished when it is not, even when the client is pushing\n"
        "- Work out which snag to fix first when everything seems urgent\n"
    )
    out = analyse(cli, advert)
    found = {c["name"]: c for c in out["competencies"]}
    assert {"communication", "working_under_pressure", "ethics", "prioritisation"} <= set(found)
    for competency in out["competencies"]:
        assert set(competency) >= {"name", "weight", "evidence", "start", "end", "source"}
        if competency["start"] is not None:
            assert advert[competency["start"] : competency["end"]] == competency["evidence"]
