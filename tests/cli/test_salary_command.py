"""`secondround salary "TITLE"` and `secondround salary update FILE`, through the entry point."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from secondround.cli.exit_codes import ExitStatus
from secondround.salary.models import SalaryTableFile
from tests.core.salary.test_official_files import ashe_rows, oews_rows


def test_it_shows_the_occupation_percentiles_age_and_credit(cli: Callable[..., Any]) -> None:
    result = cli("salary", "Staff nurse", "--country", "uk")
    assert result.code == ExitStatus.OK, result.err
    assert "Other nursing professionals (2237)" in result.out
    assert "Median" in result.out and "£" in result.out
    assert "April 2023 (provisional)" in result.out and "old" in result.out
    assert "Open Government Licence v3.0" in " ".join(result.out.split())
    assert "use --code" in result.out


def test_json_gives_figures_markers_and_alternatives(cli: Callable[..., Any]) -> None:
    result = cli("salary", "Chief Executive", "--country", "us", "--json")
    data = json.loads(result.out)
    assert data["occupation"]["code"] == "11-1011"
    assert data["occupation"]["percentiles"]["90"] == {
        "value": None,
        "marker": "#",
        "meaning": "top-coded",
    }
    assert data["table"]["reference_label"] == "May 2024" and data["table"]["currency"] == "USD"
    assert data["alternatives"] and data["age"].endswith("old")


def test_an_unknown_title_says_so_and_offers_the_nearest(cli: Callable[..., Any]) -> None:
    result = cli("salary", "Chief Happiness Wizard", "--country", "us")
    assert result.code == ExitStatus.BAD_INPUT
    assert "No occupation matches “Chief Happiness Wizard”; the nearest are" in result.err
    assert "--code" in result.err


def test_a_code_picks_another_occupation(cli: Callable[..., Any]) -> None:
    result = cli("salary", "Data analyst", "--country", "uk", "--code", "2433", "--json")
    assert (
        json.loads(result.out)["occupation"]["title"] == "Actuaries, economists and statisticians"
    )
    wrong = cli("salary", "Data analyst", "--country", "uk", "--code", "99-9999")
    assert wrong.code == ExitStatus.BAD_INPUT


def test_update_imports_a_newer_oews_xlsx_and_lookups_use_it(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "national_M2025_dl"
    for row in oews_rows():
        sheet.append(row)
    path = tmp_path / "national_M2025_dl.xlsx"
    book.save(path)
    result = cli("salary", "update", str(path))
    assert result.code == ExitStatus.OK, result.err
    assert "Imported May 2025 figures for the United States" in result.out
    data = json.loads(cli("salary", "Software engineer", "--country", "us", "--json").out)
    assert data["table"]["reference_label"] == "May 2025"
    assert data["occupation"]["percentiles"]["50"]["value"] == round(133_080 * 1.04)
    again = cli("salary", "update", str(path))
    assert again.code == ExitStatus.BAD_IMPORT
    assert "not newer than the May 2025 figures already in use" in again.err


def test_update_imports_ashe_table_14_as_csv(cli: Callable[..., Any], tmp_path: Path) -> None:
    path = tmp_path / "PROV - Occupation SOC20 (4) Table 14.7a Annual pay - Gross 2024.csv"
    title = "Table 14.7a Annual pay - Gross (£) - For full-time employee jobs: United Kingdom, 2024"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(ashe_rows(title))
    result = cli("salary", "update", str(path))
    assert result.code == ExitStatus.OK, result.err
    out = cli("salary", "Data analyst", "--country", "uk").out
    assert "April 2024 (provisional)" in out


def test_update_refuses_a_file_that_is_not_a_salary_table(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("name,phone\nAnn,123\n", encoding="utf-8")
    result = cli("salary", "update", str(path))
    assert result.code == ExitStatus.BAD_IMPORT
    assert "neither an OEWS national table" in result.err
    assert "Traceback" not in result.err
    assert not SalaryTableFile.objects.exists()
    missing = cli("salary", "update", str(tmp_path / "nope.xlsx"))
    assert missing.code == ExitStatus.NOT_FOUND
    bad_date = cli("salary", "update", str(path), "--date", "May")
    assert bad_date.code == ExitStatus.USAGE
    assert cli("salary", "Nurse", "--date", "2025-05").code == ExitStatus.USAGE


def test_the_installed_script_looks_up_a_salary_in_a_fresh_data_folder(
    script: Callable[..., Any],
) -> None:
    done = script("salary", "Registered nurse", "--country", "us")
    assert done.returncode == ExitStatus.OK, done.stderr
    assert "Registered Nurses (29-1141)" in done.stdout
    assert "May 2024" in done.stdout
