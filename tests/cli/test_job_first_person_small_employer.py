"""`job analyse --json` reads an advert a small employer writes in the first person ("I need
someone", "tell me straight away"), in the plain style of the seventh writer the models are now
trained on: pressure and learning from mistakes asked in everyday words are found, each with
words of the advert as evidence. Advert written for this test."""

from __future__ import annotations

from tests.cli.job_json import Cli, analyse

ADVERT = (
    "Kitchen Porter and Prep Cook - The Salt Loft, Whitby\n"
    "£12.20 an hour, 30 hours, Wednesday to Sunday\n\n"
    "We're a twelve-table fish restaurant on the harbour, run by me and my sister.\n\n"
    "I need someone for the pot wash and the prep bench. You'd be in at ten, getting the veg, "
    "the fish and the sauces ready before service, then washing up through lunch and dinner. "
    "When two tables sit down at once and the dishwasher jams, the plates still have to go out, "
    "so you need to stay calm and keep going when it all piles up.\n\n"
    "Mistakes happen in a kitchen. If you drop a tray or burn a sauce, tell me straight away and "
    "think about what you'd do differently next time, rather than hiding it.\n\n"
    "No experience needed. Ring Maggie on 01947 or drop in before eleven.\n"
)


def test_pressure_and_learning_from_mistakes_in_the_first_person_are_found(cli: Cli) -> None:
    found = {c["name"] for c in analyse(cli, ADVERT)["competencies"]}
    assert {"working_under_pressure", "failure_learning"} <= found


def test_each_competency_shows_words_of_the_advert(cli: Cli) -> None:
    for competency in analyse(cli, ADVERT)["competencies"]:
        assert competency["source"] == "ad"
        assert ADVERT[competency["start"] : competency["end"]] == competency["evidence"]
