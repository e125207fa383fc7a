"""Reading the official tables: the BLS OEWS national file and the ONS ASHE Table 14.

Both come as rows of cells (a CSV read with `csv.reader`, or an .xlsx sheet's values), so the
same checks serve the tables secondround ships and a newer file the user downloads. A file that
is not one of these tables is refused with one sentence saying what it looks like instead.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from datetime import date

from secondround.core.salary.table import (
    PERCENTILES,
    Figure,
    Occupation,
    SalaryDataError,
    SalaryTable,
    parse_figure,
)

OEWS_SOURCE = "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics"
ASHE_SOURCE = "Office for National Statistics, Annual Survey of Hours and Earnings, Table 14"
OGL = "Contains public sector information licensed under the Open Government Licence v3.0."
# The OEWS top code of annual wages in the May 2024 national file ($115.00 an hour).
OEWS_2024_TOP_CODE = 239_200
# Fewer occupations than this is an extract, not the national table.
MIN_OCCUPATIONS = 100
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
Rows = Sequence[Sequence[object]]


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


def _header(rows: Rows, needed: set[str], limit: int = 30) -> tuple[int, list[str]]:
    """The first row (of the first `limit`) holding every needed column name, lower-cased."""
    for index, row in enumerate(rows[:limit]):
        names = [_cell(c).lower() for c in row]
        if needed <= set(names):
            return index, names
    raise SalaryDataError("")


def parse_oews_rows(rows: Rows, filename: str, reference: date | None = None) -> SalaryTable:
    """The OEWS national table from its rows; the month and year come from `reference` or the
    file's name (`national_M2025_dl` is May 2025)."""
    needed = {"occ_code", "occ_title", "a_pct10", "a_pct25", "a_median", "a_pct75", "a_pct90"}
    try:
        start, names = _header(rows, needed)
    except SalaryDataError:
        raise SalaryDataError(
            "This is not an OEWS national table: it has no OCC_CODE, OCC_TITLE and A_PCT10 to "
            "A_PCT90 columns (download national_M20XX_dl.xlsx from the BLS OEWS tables page)."
        ) from None
    col = {name: i for i, name in enumerate(names)}
    group_col = col.get("o_group", col.get("occ_group"))
    areas, industries = set(), set()
    occupations: dict[str, Occupation] = {}
    for number, row in enumerate(rows[start + 1 :], start=start + 2):
        cells = [_cell(c) for c in row] + [""] * (len(names) - len(row))
        code = cells[col["occ_code"]]
        if not code:
            continue
        if "area_title" in col:
            areas.add(cells[col["area_title"]])
        if "naics" in col and cells[col["naics"]] not in ("", "000000"):
            industries.add(cells[col["naics"]])
            continue
        if not re.fullmatch(r"\d\d-\d{4}", code):
            raise SalaryDataError(f"Row {number} has {code[:12]!r} where an SOC code belongs.")
        occupations[code] = _occupation(
            code,
            cells[col["occ_title"]],
            cells[group_col] if group_col is not None else "",
            cells[col["tot_emp"]] if "tot_emp" in col else "",
            cells[col["a_mean"]] if "a_mean" in col else "",
            [cells[col[k]] for k in ("a_pct10", "a_pct25", "a_median", "a_pct75", "a_pct90")],
            number,
        )
    if len(areas) > 1 or (areas and not areas & {"U.S.", "US", "United States"}):
        raise SalaryDataError(
            "This OEWS file is for states or areas, not the nation; give the national file "
            "(national_M20XX_dl)."
        )
    if industries and not occupations:
        raise SalaryDataError(
            "This OEWS file is by industry; give the national cross-industry file "
            "(national_M20XX_dl)."
        )
    _enough(occupations, "OEWS national table")
    when = reference or _oews_date(filename)
    label = f"{_MONTHS[when.month - 1]} {when.year}"
    return SalaryTable(
        country="us",
        source=f"{OEWS_SOURCE} (OEWS), {label}, national",
        credit=f"U.S. Bureau of Labor Statistics, OEWS, {label} (US government work, public "
        "domain).",
        reference_date=when,
        reference_label=label,
        occupations=occupations,
        top_code=OEWS_2024_TOP_CODE if (when.year, when.month) == (2024, 5) else None,
        origin=filename,
    )


def _oews_date(filename: str) -> date:
    found = re.search(r"M(\d{4})", filename)
    if not found:
        raise SalaryDataError(
            "The file's name does not say which May it describes (national_M2025_dl does); "
            "give the date with --date YYYY-MM."
        )
    return date(int(found.group(1)), 5, 1)


def parse_ashe_rows(rows: Rows, filename: str, reference: date | None = None) -> SalaryTable:
    """ASHE Table 14 (annual gross pay by occupation) from its rows; the year comes from
    `reference`, the table's title line or the file's name. ASHE describes pay in April."""
    try:
        start, names = _header(rows, {"description", "code", "median", "mean", "10", "90"})
    except SalaryDataError:
        raise SalaryDataError(
            "This is not an ASHE Table 14: it has no Description, Code, Median, Mean and "
            "10 to 90 percentile columns (use Table 14.7a, annual pay, gross)."
        ) from None
    title = " ".join(_cell(c) for row in rows[:start] for c in row if _cell(c))
    if re.search(r"(?i)\b(weekly|hourly)\b", title) and not re.search(r"(?i)\bannual\b", title):
        raise SalaryDataError(
            "This ASHE table is weekly or hourly pay; give Table 14.7a, annual pay, gross."
        )
    col = {name: i for i, name in enumerate(names)}
    jobs_col = next((i for i, n in enumerate(names) if "job" in n), None)
    occupations: dict[str, Occupation] = {}
    for number, row in enumerate(rows[start + 1 :], start=start + 2):
        cells = [_cell(c) for c in row] + [""] * (len(names) - len(row))
        code = cells[col["code"]]
        if not re.fullmatch(r"\d{1,4}", code):
            continue
        occupations[code] = _occupation(
            code,
            " ".join(cells[col["description"]].split()),
            "unit" if len(code) == 4 else "group",
            cells[jobs_col] if jobs_col is not None else "",
            cells[col["mean"]],
            [cells[col[str(p)]] if p != 50 else cells[col["median"]] for p in PERCENTILES],
            number,
        )
    if sum(len(c) == 4 for c in occupations) < MIN_OCCUPATIONS:
        raise SalaryDataError(
            f"This ASHE table has fewer than {MIN_OCCUPATIONS} occupations (4-digit SOC codes); "
            "give the whole of Table 14.7a."
        )
    year = reference.year if reference else _ashe_year(title, filename)
    provisional = bool(re.search(r"(?i)prov|20\d\dp(?![a-z])", f"{title} {filename}"))
    when = reference or date(year, 4, 1)
    label = f"April {when.year}" + (" (provisional)" if provisional else "")
    return SalaryTable(
        country="uk",
        source=f"{ASHE_SOURCE}, {label}, full-time employees, gross annual pay",
        credit=f"Office for National Statistics, ASHE {when.year}. {OGL}",
        reference_date=when,
        reference_label=label,
        occupations=occupations,
        provisional=provisional,
        origin=filename,
    )


def _ashe_year(title: str, filename: str) -> int:
    for text in (title, filename):
        years = re.findall(r"\b(20\d\d)\b|(?<!\d)(20\d\d)(?!\d)", text)
        if years:
            return max(int(a or b) for a, b in years)
    raise SalaryDataError(
        "Neither the table nor its file name says which year it describes; give --date YYYY-MM."
    )


def _occupation(
    code: str,
    title: str,
    group: str,
    employment: str,
    mean: str,
    percentiles: list[str],
    number: int,
) -> Occupation:
    try:
        figures = tuple(parse_figure(p) for p in percentiles)
        occupation = Occupation(
            code,
            title,
            group,
            parse_figure(employment),
            parse_figure(mean),
            figures,
        )
    except SalaryDataError as exc:
        raise SalaryDataError(f"Row {number} ({code}): {exc}") from None
    known = [f.value for f in figures if f.value is not None]
    if known != sorted(known):
        raise SalaryDataError(f"Row {number} ({code}) has percentiles that go down.")
    if not title:
        raise SalaryDataError(f"Row {number} ({code}) has no occupation title.")
    return occupation


def _enough(occupations: dict[str, Occupation], what: str) -> None:
    if sum(o.group in ("detailed", "") for o in occupations.values()) < MIN_OCCUPATIONS:
        raise SalaryDataError(
            f"This {what} has fewer than {MIN_OCCUPATIONS} occupations; give the whole table."
        )


_COLUMNS = ["code", "title", "group", "employment", "mean", "p10", "p25", "p50", "p75", "p90"]


def table_to_csv(table: SalaryTable) -> str:
    """The table as secondround stores it: a commented header with its source, then CSV."""
    out = io.StringIO()
    out.write(f"# {table.source}.\n# Credit: {table.credit}\n")
    out.write("# Trimmed to annual pay; regenerate with: python scripts/build_salary_data.py\n")
    meta = {
        "country": table.country,
        "reference_date": table.reference_date.isoformat(),
        "reference_label": table.reference_label,
        "top_code": str(table.top_code or ""),
        "provisional": "yes" if table.provisional else "no",
        "source": table.source,
        "credit": table.credit,
    }
    for key, value in meta.items():
        out.write(f"#: {key}={value}\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_COLUMNS)
    for o in table.occupations.values():
        cells = [o.employment, o.mean, *o.percentiles]
        writer.writerow(
            [o.code, o.title, o.group, *(str(f.value) if f.known else f.marker for f in cells)]
        )
    return out.getvalue()


def table_from_csv(text: str, origin: str = "shipped") -> SalaryTable:
    """Read a table written by `table_to_csv`."""
    meta: dict[str, str] = {}
    body = []
    for line in text.splitlines():
        if line.startswith("#:"):
            key, _, value = line[2:].strip().partition("=")
            meta[key] = value
        elif not line.startswith("#"):
            body.append(line)
    reader = csv.reader(body)
    if next(reader, None) != _COLUMNS:
        raise SalaryDataError("The salary table has the wrong columns.")
    occupations = {}
    for number, row in enumerate(reader, start=2):
        if len(row) != len(_COLUMNS):
            raise SalaryDataError(f"Row {number} of the salary table has the wrong columns.")
        occupations[row[0]] = _occupation(row[0], row[1], row[2], row[3], row[4], row[5:], number)
    try:
        country = meta["country"]
        if country not in ("us", "uk"):
            raise KeyError(country)
        return SalaryTable(
            country="us" if country == "us" else "uk",
            source=meta["source"],
            credit=meta["credit"],
            reference_date=date.fromisoformat(meta["reference_date"]),
            reference_label=meta["reference_label"],
            occupations=occupations,
            top_code=int(meta["top_code"]) if meta.get("top_code") else None,
            provisional=meta.get("provisional") == "yes",
            origin=origin,
        )
    except (KeyError, ValueError) as exc:
        raise SalaryDataError(f"The salary table's header is incomplete ({exc}).") from None


def figure_cells(figure: Figure) -> str:
    return str(figure.value) if figure.known else figure.marker
