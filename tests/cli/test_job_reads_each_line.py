"""`job analyse --json` reads each line of the advert with the trained line model: a line that
asks for a behaviour in words no cue lists still finds the competency, with that whole line as
its evidence, and the JSON keeps every field it had. Adverts written for this test."""

from __future__ import annotations

import pytest

from tests.cli.job_json import Cli, analyse


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("You'll spot the jobs nobody has asked you to do yet and get on with them.", "initiative"),
        (
            "When two drivers fall out over the routes, you'll sit them down and settle it fairly.",
            "conflict",
        ),
    ],
)
def test_a_line_no_cue_lists_is_read_with_the_line_as_evidence(
    cli: Cli, line: str, key: str
) -> None:
    advert = f"Depot Supervisor\nHollin Freight, Wakefield\n\n{line}\n"
    found = {c["name"]: c for c in analyse(cli, advert)["competencies"]}
    assert key in found
    assert found[key]["source"] == "ad"
    assert found[key]["evidence"] == line
    assert advert[found[key]["start"] : found[key]["end"]] == line


def test_every_competency_shows_words_of_the_advert_at_their_offsets(cli: Cli) -> None:
    advert = (
        "Night Shift Team Leader\n"
        "Pennine Parcels, Huddersfield\n\n"
        "What you'll do\n"
        "- Take charge of a crew of six and help each of them get better at the job\n"
        "- You'll spot the jobs nobody has asked you to do yet and get on with them\n"
        "- Stay level-headed when the trucks are late and the scanners are down\n\n"
        "We offer a pension, free parking and a staff discount.\n"
    )
    out = analyse(cli, advert)
    assert out["competencies"]
    for competency in out["competencies"]:
        assert set(competency) >= {"name", "weight", "evidence", "start", "end", "source"}
        assert 1 <= competency["weight"] <= 3
        if competency["source"] == "ad" and competency["start"] is not None:
            assert advert[competency["start"] : competency["end"]] == competency["evidence"]
    # The benefits line is the employer's offer: no line of it is evidence.
    assert not any("pension" in c["evidence"] for c in out["competencies"])


def test_a_line_of_benefits_alone_asks_for_nothing(cli: Cli) -> None:
    advert = (
        "Warehouse Operative\n"
        "We offer 25 days' holiday, a company pension, a cycle-to-work scheme and free fruit on "
        "Fridays. Full time, Monday to Friday, 8am to 4pm.\n"
    )
    out = analyse(cli, advert)
    assert not [c for c in out["competencies"] if c["source"] == "ad"]
