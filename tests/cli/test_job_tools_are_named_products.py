"""`job analyse --json` names the products an advert asks for, those no list knows included,
and never a verb, a category, a licence, a body, a place, a day or the employer's own name.
Adverts written for this test; the product names are invented."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

Cli = Callable[..., Any]

ADVERT = """Operations Analyst
Tessory Logistics | Leeds | £38,000

About Tessory
Tessory runs next-day freight for 300 retailers across England and Wales.

What you'll do
- Reduce late deliveries by finding where the time goes
- Keep route data in Quarrow and Fendle, and report in Plinthly
- Build dashboards using Vantory; jobs come in through SwiftDock
- Lead the weekly review on Mondays

What you bring
- Experience with Tableau and Snowplow, or a similar CRM
- A CSCS Black Card or PRINCE2 is welcome; we are regulated by the FCA
- Happy to work in Leeds and Harrogate
"""


def tools(cli: Cli, advert: str) -> list[str]:
    code, out, err = cli("job", "analyse", "-", "--json", stdin=advert.encode())
    assert code == ExitStatus.OK, err
    return list(json.loads(out)["tools"])


def test_names_in_product_contexts_count_even_when_no_list_knows_them(cli: Cli) -> None:
    found = tools(cli, ADVERT)
    assert {"Quarrow", "Fendle", "Plinthly", "Vantory", "SwiftDock", "Tableau", "Snowplow"} <= set(
        found
    )
    # As the advert writes them, each once.
    assert len(found) == len(set(found))


def test_verbs_categories_licences_bodies_places_days_and_the_employer_are_not(
    cli: Cli,
) -> None:
    found = {t.lower() for t in tools(cli, ADVERT)}
    never = {
        "reduce",
        "lead",
        "crm",
        "cscs black card",
        "cscs",
        "prince2",
        "fca",
        "leeds",
        "harrogate",
        "england",
        "wales",
        "mondays",
        "tessory",
        "tessory logistics",
    }
    assert not found & never
