"""Reading an official OEWS or ASHE table from its rows, and refusing what is not one."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from secondround.core.salary import SalaryDataError, load_table
from secondround.core.salary.official import parse_ashe_rows, parse_oews_rows

OEWS_HEAD = [
    "AREA", "AREA_TITLE", "NAICS", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "A_MEAN",
    "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90",
]  # fmt: skip


def oews_rows(area: str = "U.S.", raise_by: float = 1.04) -> list[list[object]]:
    """The shipped May 2024 table laid out as the official national file, pay raised 4%."""
    rows: list[list[object]] = [list(OEWS_HEAD)]
    for o in load_table("us").occupations.values():
        cells = [
            f.value * raise_by if f.value is not None else f.marker
            for f in (o.mean, *o.percentiles)
        ]
        employment = o.employment.value if o.employment.value is not None else "**"
        rows.append(["99", area, "000000", o.code, o.title, o.group, employment, *cells])
    return rows


def test_it_reads_a_newer_oews_national_file_and_its_month_from_the_name() -> None:
    table = parse_oews_rows(oews_rows(), "national_M2025_dl.xlsx")
    assert table.reference_date == date(2025, 5, 1)
    assert table.reference_label == "May 2025"
    assert table.occupations["15-1252"].percentile(50).value == round(133_080 * 1.04)
    assert table.occupations["11-1011"].percentile(90).marker == "#"
    assert "OEWS, May 2025" in table.credit


def test_a_state_file_is_refused() -> None:
    rows = oews_rows()
    rows.append(["06", "California", "000000", "15-1252", "Software Developers", "detailed",
                 "1", "1", "1", "1", "1", "1", "1"])  # fmt: skip
    with pytest.raises(SalaryDataError, match="for states or areas, not the nation"):
        parse_oews_rows(rows, "national_M2025_dl.xlsx")


def test_a_file_without_the_columns_is_refused() -> None:
    rows = [["name", "salary"], ["Ann", "50000"]]
    with pytest.raises(SalaryDataError, match="not an OEWS national table"):
        parse_oews_rows(rows, "national_M2025_dl.csv")
    with pytest.raises(SalaryDataError, match="not an ASHE Table 14"):
        parse_ashe_rows(rows, "table14.csv")


def test_a_file_without_a_month_needs_one() -> None:
    with pytest.raises(SalaryDataError, match="give the date with --date"):
        parse_oews_rows(oews_rows(), "wages.csv")
    table = parse_oews_rows(oews_rows(), "wages.csv", reference=date(2025, 5, 1))
    assert table.reference_label == "May 2025"


def ashe_rows(title: str) -> list[list[object]]:
    table = load_table("uk")
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([title])
    writer.writerow([])
    writer.writerow(["Description", "Code", "(thousand)", "Median", "change", "Mean", "change",
                     "10", "20", "25", "30", "40", "60", "70", "75", "80", "90"])  # fmt: skip
    for o in table.occupations.values():
        p = [f.value if f.value is not None else "x" for f in o.percentiles]
        mean = o.mean.value if o.mean.value is not None else "x"
        writer.writerow([o.title, o.code, o.employment.value or "x", p[2], "", mean, "",
                         p[0], "", p[1], "", "", "", "", p[3], "", p[4]])  # fmt: skip
    return [list(row) for row in csv.reader(io.StringIO(out.getvalue()))]


def test_it_reads_ashe_table_14_with_its_year_from_the_title() -> None:
    title = (
        "Table 14.7a   Annual pay - Gross (£) - For full-time employee jobs: United Kingdom, 2024"
    )
    table = parse_ashe_rows(ashe_rows(title), "PROV - Occupation SOC20 (4) Table 14.7a.xlsx")
    assert table.reference_label == "April 2024 (provisional)"
    assert table.occupations["3544"].percentile(50).value == 33_174
    assert table.occupations["3544"].percentile(90).marker == "x"


def test_weekly_pay_is_refused() -> None:
    title = "Table 14.1a   Weekly pay - Gross (£) - For all employee jobs: United Kingdom, 2024"
    with pytest.raises(SalaryDataError, match="weekly or hourly pay"):
        parse_ashe_rows(ashe_rows(title), "table14.1a.xlsx")


def test_an_employment_estimate_marked_not_available_is_read() -> None:
    rows = oews_rows()
    rows[5][6] = "**"
    table = parse_oews_rows(rows, "national_M2025_dl.xlsx")
    assert table.occupations[str(rows[5][3])].employment.meaning == "not available"
