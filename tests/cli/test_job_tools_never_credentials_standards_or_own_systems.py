"""`job analyse --json` never reads a credential, a standard or test, a date, the employer's own
named system or a kind of system written in capitals as a tool, however product-like the words
around it; the real products beside them are still found. Adverts written for this test; the
employers and their systems are invented, the products are common ones."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from secondround.cli.exit_codes import ExitStatus

Cli = Callable[..., Any]

HELPDESK = """IT Support Analyst
Brackenford Housing, Rotherham

You'll look after 300 staff across four offices and the repairs vans.

What you'll do:
- Log every call in Jira Service Management and keep the asset list in Excel
- Tenancy changes are recorded in Tenantly, the association's housing system
- Repairs are booked through our own scheduling app, FixRota, so you'll support the vans on it
- Keep us in line with Cyber Essentials Plus and SOC 2 compliance requirements
- Incidents are logged in the Incident Management System as well as Jira

You'll have:
- CompTIA A+ (Network+ a plus)
- Experience with Microsoft Intune and PowerShell
- A full driving licence; CDL Class B training is not needed here

On a January Saturday the vans still run, so there is an on-call rota.
"""


def tools_of(cli: Cli, advert: str) -> dict[str, Any]:
    code, out, err = cli("job", "analyse", "-", "--json", stdin=advert.encode())
    assert code == ExitStatus.OK, err
    return dict(json.loads(out))


def test_credentials_and_standards_are_not_tools(cli: Cli) -> None:
    tools = set(tools_of(cli, HELPDESK)["tools"])
    assert not tools & {"Network+", "CDL Class B", "SOC 2", "Cyber Essentials Plus"}


def test_the_employers_own_named_systems_are_not_tools(cli: Cli) -> None:
    tools = set(tools_of(cli, HELPDESK)["tools"])
    assert "Tenantly" not in tools
    assert "Incident Management System" not in tools


def test_a_date_is_not_a_tool(cli: Cli) -> None:
    tools = set(tools_of(cli, HELPDESK)["tools"])
    assert not any("January" in t or "Saturday" in t for t in tools)


def test_the_real_products_beside_them_are_still_found(cli: Cli) -> None:
    data = tools_of(cli, HELPDESK)
    assert {"Excel", "Microsoft Intune", "PowerShell"} <= set(data["tools"])
    assert any(t.startswith("Jira") for t in data["tools"])
    # The evidence of each tool is still given, in the same order as the names.
    assert [t["name"] for t in data["tool_evidence"]] == data["tools"]
