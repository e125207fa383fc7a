from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from secondround.cli.exit_codes import ExitStatus
from secondround.interviews.models import Interview
from tests.documents import pdf_with_text, pdf_without_text


def test_add_then_list_as_json(cli: Callable[..., Any]) -> None:
    added = cli(
        "interview",
        "add",
        "--company",
        "Acme",
        "--role",
        "Data analyst",
        "--date",
        "2030-03-04",
        "--time",
        "09:15",
        "--tz",
        "Asia/Tokyo",
        "--person",
        "Priya Shah, line manager, Head of data",
        "--json",
    )
    assert added.code == 0, added.err
    made = json.loads(added.out)
    assert made["company"] == "Acme"
    assert made["starts_at"] == "2030-03-04T00:15:00+00:00"
    assert made["people"][0]["role"] == "line_manager"
    listed = cli("interview", "list", "--json")
    rows = json.loads(listed.out)
    assert [r["id"] for r in rows] == [made["id"]]
    assert rows[0]["upcoming"] is True
    assert "job_description" in rows[0]["unprepared"]


def test_show_prints_the_interview(cli: Callable[..., Any]) -> None:
    cli("interview", "add", "--company", "Acme", "--role", "Analyst")
    interview = Interview.objects.get()
    shown = cli("interview", "show", str(interview.pk))
    assert shown.code == 0
    assert "Acme" in shown.out and "Analyst" in shown.out


def test_add_reads_a_pdf_job_description(cli: Callable[..., Any], tmp_path: Path) -> None:
    advert = tmp_path / "advert.pdf"
    advert.write_bytes(pdf_with_text("Build dashboards in Tableau."))
    result = cli("interview", "add", "--company", "A", "--role", "B", "--job-file", str(advert))
    assert result.code == 0, result.err
    assert "Tableau" in Interview.objects.get().job_description


def test_add_refuses_an_empty_company(cli: Callable[..., Any]) -> None:
    result = cli("interview", "add", "--company", "", "--role", "B")
    assert result.code == ExitStatus.BAD_INPUT
    assert "Enter the company's name." in result.err
    assert "Traceback" not in result.err
    assert not Interview.objects.exists()


def test_add_refuses_a_date_that_is_not_a_date(cli: Callable[..., Any]) -> None:
    result = cli("interview", "add", "--company", "A", "--role", "B", "--date", "31/12/2026")
    assert result.code == ExitStatus.BAD_INPUT
    assert "--date: Enter the date as YYYY-MM-DD" in result.err


def test_add_refuses_an_unknown_role_for_a_person(cli: Callable[..., Any]) -> None:
    result = cli("interview", "add", "--company", "A", "--role", "B", "--person", "Jo, boss")
    assert result.code == ExitStatus.BAD_INPUT
    assert '"boss" is not a role' in result.err


def test_add_refuses_a_scanned_pdf(cli: Callable[..., Any], tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf_without_text())
    result = cli("interview", "add", "--company", "A", "--role", "B", "--job-file", str(scan))
    assert result.code == ExitStatus.BAD_INPUT
    assert "scan.pdf has no text layer" in result.err
    assert not Interview.objects.exists()


def test_add_refuses_a_missing_job_file(cli: Callable[..., Any], tmp_path: Path) -> None:
    result = cli(
        "interview",
        "add",
        "--company",
        "A",
        "--role",
        "B",
        "--job-file",
        str(tmp_path / "nope.pdf"),
    )
    assert result.code == ExitStatus.NOT_FOUND
    assert "does not exist" in result.err


def test_show_an_unknown_id_says_so(cli: Callable[..., Any]) -> None:
    result = cli("interview", "show", "999")
    assert result.code == ExitStatus.NOT_FOUND
    assert "There is no interview 999" in result.err


def test_delete_needs_yes_when_not_interactive(cli: Callable[..., Any]) -> None:
    cli("interview", "add", "--company", "A", "--role", "B")
    pk = str(Interview.objects.get().pk)
    refused = cli("interview", "delete", pk)
    assert refused.code == ExitStatus.BAD_INPUT
    assert Interview.objects.exists()
    done = cli("interview", "delete", pk, "--yes")
    assert done.code == 0
    assert not Interview.objects.exists()


def test_the_installed_script_adds_and_lists(script: Callable[..., Any]) -> None:
    added = script("interview", "add", "--company", "Fabrikam", "--role", "Nurse")
    assert added.returncode == 0, added.stderr
    listed = script("interview", "list", "--json")
    assert json.loads(listed.stdout)[0]["company"] == "Fabrikam"


def test_every_command_has_help_with_an_example(script: Callable[..., Any]) -> None:
    from secondround.cli.app import _register, app

    _register()
    import typer.main

    group = typer.main.get_command(app)
    missing = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        subcommands = getattr(command, "commands", None) or {name: command}
        for sub_name, sub in subcommands.items():
            if "Example" not in (sub.help or ""):
                missing.append(f"{name} {sub_name}")
    assert missing == []
