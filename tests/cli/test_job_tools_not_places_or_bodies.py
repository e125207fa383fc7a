"""`job analyse --json` does not read towns or public bodies as tools, however product-like the
words before them ("a reader in X", "pages on X guidance"), and still finds the products beside
them: a product ending a list line above a heading, a product after a verb of work opening a
duty ("Use X", "Operate X"), a maker's product after "with". Adverts written for this test; the
towns, bodies and most products are invented."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

Cli = Callable[..., Any]

NEWSROOM = """Senior Reporter
The Coastline Courier

We cover the whole coast, from harbour rows in Marshworth to the new estate in Kettleby.
Write clean copy that a reader in Brackenhead and a reader in Lowthwaite both understand.
We publish in WordPress and plan the day in Trello.
"""

GOVERNANCE = """Research Governance Officer
Halden University

You'll keep our pages on Regional Research Authority (RRA) guidance up to date, log every study
in Worktribe and answer questions from the Northern Ethics Board (NEB).
"""

SALES = """Field Sales Representative

- Log calls and visits in Salesforce and Tellmark CRM

Requirements
- A full driving licence
"""

STORES = """Stores Assistant

What you'll do
Use Pivotrack for the weekly stock counts.
Operate Hyster H2.5 forklifts in the yard.
Manage laptops with Microsoft Intune.
"""


def tools(cli: Cli, advert: str) -> list[str]:
    code, out, err = cli("job", "analyse", "-", "--json", stdin=advert.encode())
    assert code == ExitStatus.OK, err
    return list(json.loads(out)["tools"])


def test_towns_after_in_are_not_tools(cli: Cli) -> None:
    found = tools(cli, NEWSROOM)
    assert not {"Marshworth", "Kettleby", "Brackenhead", "Lowthwaite"} & set(found)
    assert {"WordPress", "Trello"} <= set(found)


def test_a_body_the_advert_spells_out_is_not_a_tool(cli: Cli) -> None:
    found = tools(cli, GOVERNANCE)
    assert not {"RRA", "NEB", "Regional Research Authority", "Northern Ethics Board"} & set(found)
    assert "Worktribe" in found


def test_a_heading_under_a_list_does_not_unmake_its_last_product(cli: Cli) -> None:
    # "Requirements" on a later line is no "requirements" set by the name before it.
    assert {"Salesforce", "Tellmark CRM"} <= set(tools(cli, SALES))


def test_a_product_after_a_verb_of_work_or_a_makers_name_is_a_tool(cli: Cli) -> None:
    found = tools(cli, STORES)
    assert {"Pivotrack", "Microsoft Intune"} <= set(found)
    assert any(t.startswith("Hyster") for t in found)
    assert not any(t.startswith(("Use ", "Operate ", "Manage ")) for t in found)
