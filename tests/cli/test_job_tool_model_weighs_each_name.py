"""`job analyse --json` keeps the names a trained model reads as tools: unknown brands in a list
that "experience with" opens and the product after an adjective ("Strong Python"); never a
person, a place or a subject; and says where each tool was found. Adverts written for this test;
the product names are invented, except a common language."""

from __future__ import annotations

from tests.cli.job_json import Cli, analyse

WORKSHOP = """CNC Setter Operator
Harlow Precision, Telford

We machine valve bodies for the water industry in batches of 20 to 400.

What you'll bring:
- Experience with Tornvik, Saldera and Maxbrook controls
- Strong Python for the odd probing macro is a bonus
- You will keep the setup sheets in brackwater and sign off first-offs
- A degree in Engineering or Physics is not needed

Report to Grace Otieno, the workshop manager. Based in Telford, with some travel to Chester.
"""


def test_unknown_brands_in_a_list_after_experience_with_are_tools(cli: Cli) -> None:
    tools = analyse(cli, WORKSHOP)["tools"]
    assert {"Tornvik", "Saldera", "Maxbrook"} <= set(tools)


def test_a_product_after_an_adjective_is_named_alone(cli: Cli) -> None:
    tools = analyse(cli, WORKSHOP)["tools"]
    assert "Python" in tools
    assert "Strong Python" not in tools


def test_people_places_and_subjects_are_not_tools(cli: Cli) -> None:
    tools = set(analyse(cli, WORKSHOP)["tools"])
    assert not tools & {"Grace Otieno", "Telford", "Chester", "Engineering", "Physics"}
    assert not tools & {"Harlow Precision", "CNC Setter Operator"}


def test_each_tool_says_where_it_was_found(cli: Cli) -> None:
    data = analyse(cli, WORKSHOP)
    where = {t["name"]: t for t in data["tool_evidence"]}
    assert [t["name"] for t in data["tool_evidence"]] == data["tools"]
    tornvik = where["Tornvik"]
    assert WORKSHOP[tornvik["start"] : tornvik["end"]] == "Tornvik"
    assert tornvik["evidence"] == "- Experience with Tornvik, Saldera and Maxbrook controls"


def test_an_advert_with_no_tools_has_no_tool_evidence(cli: Cli) -> None:
    data = analyse(cli, "Cleaner\nEvenings in our offices. Reliable and tidy, please.")
    assert data["tools"] == [] and data["tool_evidence"] == []
