"""Salary for an interview: the market's figures for its occupation, the candidate's own data
points, and the opening, target and walk-away figures with the arithmetic and the band picture.

Tables: the ones shipped with secondround, or a newer official file imported with
`secondround salary update FILE` (stored in the database, so every page uses it at once).
"""

from __future__ import annotations

import csv
import io
import uuid
import zipfile
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Final

from django.db import transaction
from django.utils import timezone

from secondround.core.errors import RefusedImportError, UserError
from secondround.core.salary import (
    COUNTRIES,
    CURRENCIES,
    Country,
    DataPoint,
    Lookup,
    Negotiation,
    NegotiationError,
    Occupation,
    SalaryDataError,
    SalaryTable,
    data_age,
    load_table,
    lookup,
    negotiate,
    render_band,
)
from secondround.core.salary.money import MoneyError, parse_amount, parse_range
from secondround.core.salary.official import (
    parse_ashe_rows,
    parse_oews_rows,
    table_from_csv,
    table_to_csv,
)
from secondround.interviews.models import Interview
from secondround.salary.models import PointKind, SalaryPoint, SalaryTableFile, SalaryWork

MAX_FILE_BYTES: Final = 20 * 1024 * 1024
MAX_TITLE_CHARS: Final = 200
MAX_NOTE_CHARS: Final = 200


class SalaryError(UserError, ValueError):
    """Bad input for the salary work; the message is one sentence and nothing was stored."""


class SalaryFileRefused(SalaryError, RefusedImportError):
    """An official salary file offered for import was refused; no table was stored."""


@lru_cache(maxsize=8)
def _imported(pk: int, imported_at: str) -> SalaryTable:
    # Keyed by the moment of import too: a row id alone can come back for another table.
    row = SalaryTableFile.objects.get(pk=pk)
    return table_from_csv(row.data, origin=row.filename)


def current_table(country: Country) -> SalaryTable:
    """The newest table for a country: an imported file when newer than the shipped one."""
    shipped = load_table(country)
    newest = SalaryTableFile.objects.filter(country=country).order_by("-reference_date").first()
    if newest is not None and newest.reference_date > shipped.reference_date:
        return _imported(newest.pk, newest.imported_at.isoformat())
    return shipped


def default_country(interview: Interview) -> Country:
    """UK for an interview in a UK time zone, else the US (the two countries with data)."""
    return "uk" if interview.timezone in ("Europe/London", "Europe/Belfast") else "us"


# Reading a newer official file.


def _rows_of(name: str, raw: bytes) -> list[list[list[object]]]:
    """Each sheet's rows (one for a CSV), as cell values."""
    if raw[:4] == b"PK\x03\x04":
        try:
            from openpyxl import load_workbook
        except ImportError as exc:  # pragma: no cover - openpyxl is a dependency
            raise SalaryFileRefused(
                "Reading .xlsx files needs openpyxl (pip install openpyxl)."
            ) from exc
        try:
            book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
            raise SalaryFileRefused(f"{name} is not a readable .xlsx workbook.") from exc
        sheets = sorted(
            book.worksheets,
            key=lambda s: "full" not in s.title.lower() or "part" in s.title.lower(),
        )
        return [[list(row) for row in sheet.iter_rows(values_only=True)] for sheet in sheets]
    if raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise SalaryFileRefused(f"{name} is an old .xls workbook: save it as .xlsx or .csv first.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise SalaryFileRefused(f"{name} is not a CSV or .xlsx table.")
    return [[list(row) for row in csv.reader(io.StringIO(text))]]


def read_official_file(name: str, raw: bytes, reference: date | None = None) -> SalaryTable:
    """An OEWS national file or ASHE Table 14 (.xlsx or .csv), checked; SalaryError if not."""
    if not raw.strip():
        raise SalaryFileRefused(f"{name} is empty.")
    if len(raw) > MAX_FILE_BYTES:
        raise SalaryFileRefused(
            f"{name} is larger than 20 MB; an OEWS or ASHE table is much smaller."
        )
    first_error = ""
    for rows in _rows_of(name, raw):
        head = " ".join(str(c).lower() for row in rows[:30] for c in row if c is not None)
        parser = parse_oews_rows if "occ_code" in head else parse_ashe_rows
        if parser is parse_ashe_rows and not ("description" in head and "median" in head):
            continue
        try:
            return parser(rows, name, reference)
        except SalaryDataError as exc:
            first_error = first_error or str(exc)
    raise SalaryFileRefused(
        first_error
        or f"{name} is neither an OEWS national table (national_M20XX_dl) nor ASHE Table 14 "
        "(annual pay by occupation); nothing was imported."
    )


def import_table(name: str, raw: bytes, reference: date | None = None) -> SalaryTable:
    """Store a newer official table so the pages use it; refused if not newer than the current."""
    table = read_official_file(name, raw, reference)
    current = current_table(table.country)
    if table.reference_date <= current.reference_date:
        raise SalaryFileRefused(
            f"{name} describes {table.reference_label}, which is not newer than the "
            f"{current.reference_label} figures already in use; nothing was imported."
        )
    SalaryTableFile.objects.create(
        country=table.country,
        reference_date=table.reference_date,
        reference_label=table.reference_label,
        filename=name[:255],
        occupations=len(table.occupations),
        data=table_to_csv(table),
    )
    return table


# The salary work of an interview.


@dataclass(frozen=True)
class SalaryView:
    work: SalaryWork | None
    country: Country
    table: SalaryTable
    age: str
    found: Lookup | None
    occupation: Occupation | None
    points: list[SalaryPoint]
    negotiation: Negotiation | None
    problem: str
    svg: str

    @property
    def percentiles(self) -> list[tuple[int, str, bool]]:
        if self.occupation is None:
            return []
        return [
            (
                p,
                self.table.describe(self.occupation.percentile(p)),
                self.occupation.percentile(p).known,
            )
            for p in (10, 25, 50, 75, 90)
        ]

    @property
    def figure_rows(self) -> list[tuple[str, str]]:
        """Opening, target and walk-away, as "label, amount" for the page."""
        n = self.negotiation
        if n is None:
            return []
        m = self.table.money
        return [
            ("Opening", m(n.opening)),
            ("Target", m(n.target)),
            ("Walk away below", m(n.walk_away)),
        ]

    @property
    def point_rows(self) -> list[tuple[SalaryPoint, str]]:
        m = self.table.money
        return [(p, m(p.low) + (f"–{m(p.high)}" if p.high else "")) for p in self.points]


def _core_points(points: list[SalaryPoint]) -> list[DataPoint]:
    return [DataPoint(p.kind, p.low, p.high, p.seen_on, p.note) for p in points]


def salary_view(interview: Interview, today: date | None = None) -> SalaryView:
    """Everything the salary page shows for an interview, worked out from what is stored."""
    today = today or timezone.localdate()
    work = SalaryWork.objects.filter(interview=interview).first()
    country: Country = "us" if work and work.country == "us" else "uk"
    if work is None:
        country = default_country(interview)
    table = current_table(country)
    age = data_age(table.reference_date, today)
    points = list(interview.salary_points.filter(currency=table.currency))
    if work is None:
        return SalaryView(None, country, table, age, None, None, points, None, "", "")
    # A newer table may have dropped the occupation picked earlier: the best match stands in.
    picked = work.occupation_code if work.occupation_code in table.occupations else None
    found = lookup(work.title, country, table, picked)
    occupation = found.occupation
    negotiation, problem, svg = None, "", ""
    if occupation is not None:
        try:
            negotiation = negotiate(occupation, table, _core_points(points), work.minimum, today)
        except NegotiationError as exc:
            problem = str(exc)
        svg = render_band(occupation, table, _core_points(points), negotiation)
    return SalaryView(
        work, country, table, age, found, occupation, points, negotiation, problem, svg
    )


def _country(value: str) -> Country:
    if value == "us":
        return "us"
    if value == "uk":
        return "uk"
    raise SalaryError("Choose the United States or the United Kingdom: the two with data.")


def save_work(
    interview: Interview, title: str, country: str, code: str = "", minimum: str = ""
) -> SalaryWork:
    """Store the title, country, chosen occupation and minimum, after checking each."""
    title = " ".join(title.split())
    if not title:
        raise SalaryError("Enter the job title to look up, such as “Data analyst”.")
    if len(title) > MAX_TITLE_CHARS:
        raise SalaryError(f"Keep the job title under {MAX_TITLE_CHARS} characters.")
    chosen = _country(country)
    table = current_table(chosen)
    code = code.strip()
    if code and code not in table.occupations:
        raise SalaryError("That occupation is not in the table; pick one of those offered.")
    found = lookup(title, chosen, table)
    if not code and found.match.best is None:
        nearest = "; ".join(m.title for m in found.match.alternatives[:3])
        raise SalaryError(
            f"No occupation matches “{title}”"
            + (
                f"; the nearest are: {nearest}. Pick one below."
                if nearest
                else "; try another wording."
            )
        )
    amount = None
    if minimum.strip():
        try:
            amount = parse_amount(minimum, table.currency)
        except MoneyError as exc:
            raise SalaryError(f"Your minimum: {exc}") from None
    others = interview.salary_points.exclude(currency=table.currency)
    if others.exists():
        raise SalaryError(
            "Your data points are in another currency: delete them before changing the country."
        )
    with transaction.atomic():
        work, _ = SalaryWork.objects.update_or_create(
            interview=interview,
            defaults={
                "title": title,
                "country": chosen,
                "occupation_code": code,
                "minimum": amount,
            },
        )
    return work


def add_point(
    interview: Interview,
    kind: str,
    amount: str,
    seen_on: str,
    note: str = "",
    today: date | None = None,
) -> SalaryPoint:
    """Add one of the candidate's own figures (an amount or a range) with the date they saw it."""
    work = SalaryWork.objects.filter(interview=interview).first()
    if work is None:
        raise SalaryError("Look up the job title first, so the currency is known.")
    if kind not in PointKind.values:
        raise SalaryError(
            "Choose what the figure is: an offer, an advert, a recruiter's range or current pay."
        )
    currency = CURRENCIES[work.country]
    try:
        low, high = parse_range(amount, currency)
    except MoneyError as exc:
        raise SalaryError(str(exc)) from None
    try:
        when = date.fromisoformat(seen_on.strip())
    except ValueError:
        raise SalaryError(
            "Give the date you saw the figure as a date, such as 2026-11-20."
        ) from None
    if when > (today or timezone.localdate()):
        raise SalaryError("The date you saw the figure is in the future.")
    note = " ".join(note.split())
    if len(note) > MAX_NOTE_CHARS:
        raise SalaryError(f"Keep the note under {MAX_NOTE_CHARS} characters.")
    return SalaryPoint.objects.create(
        interview=interview,
        kind=kind,
        low=low,
        high=high,
        currency=currency,
        seen_on=when,
        note=note,
    )


def delete_point(interview: Interview, point_id: str) -> None:
    try:
        interview.salary_points.get(pk=int(point_id)).delete()
    except (ValueError, SalaryPoint.DoesNotExist):
        raise SalaryError("That figure is no longer there; the page has been refreshed.") from None


def salary_for_kit(interview: Interview, today: date | None = None) -> tuple[str, str] | None:
    """For the prep pack: a one-or-two-sentence salary line with its source date, and the band's
    SVG; None when no salary work was done for the interview."""
    view = salary_view(interview, today)
    if view.work is None or view.occupation is None:
        return None
    # The pack is printed and made into a PDF: its band keeps to Latin-1 for the built-in fonts.
    svg = render_band(
        view.occupation, view.table, _core_points(view.points), view.negotiation, latin1=True
    )
    t = view.table
    median = t.describe(view.occupation.percentile(50))
    market = (
        f"Market median for {view.occupation.title} ({view.country.upper()}): {median} "
        f"({t.reference_label} figures, {view.age})."
    )
    if view.negotiation is None:
        return market, svg
    n = view.negotiation
    line = (
        f"Open at {t.money(n.opening)}, aim for {t.money(n.target)}, walk away below "
        f"{t.money(n.walk_away)}. {market}"
    )
    return line, svg


# Export and import.


def export_salary(interview: Interview) -> dict[str, Any] | None:
    work = SalaryWork.objects.filter(interview=interview).first()
    points = list(interview.salary_points.all())
    if work is None and not points:
        return None
    return {
        "uuid": str(work.uuid) if work else None,
        "title": work.title if work else "",
        "country": work.country if work else "",
        "occupation_code": work.occupation_code if work else "",
        "minimum": work.minimum if work else None,
        "points": [
            {
                "uuid": str(p.uuid),
                "kind": p.kind,
                "low": p.low,
                "high": p.high,
                "currency": p.currency,
                "seen_on": p.seen_on.isoformat(),
                "note": p.note,
            }
            for p in points
        ],
    }


def _whole(value: Any, optional: bool = False) -> bool:
    if value is None:
        return optional
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= 10_000_000


def check_salary(data: Any) -> str | None:
    """What is wrong with an export's salary work (a phrase), or None when it is valid."""
    if data is None:
        return None
    if not isinstance(data, dict):
        return "has salary work that is not a record"
    if data.get("uuid") is not None:
        try:
            uuid.UUID(str(data["uuid"]))
        except ValueError:
            return "has salary work with an id that is not valid"
        title = data.get("title")
        if not isinstance(title, str) or not title.strip() or len(title) > MAX_TITLE_CHARS:
            return "has salary work without a valid job title"
        if data.get("country") not in COUNTRIES:
            return "has salary work for an unknown country"
        if not isinstance(data.get("occupation_code", ""), str):
            return "has salary work with an occupation code that is not text"
        if not _whole(data.get("minimum"), optional=True):
            return "has a salary minimum that is not a whole amount"
    points = data.get("points", [])
    if not isinstance(points, list):
        return "has salary figures that are not a list"
    for p in points:
        if not isinstance(p, dict) or p.get("kind") not in PointKind.values:
            return "has a salary figure of an unknown kind"
        try:
            uuid.UUID(str(p.get("uuid")))
            date.fromisoformat(str(p.get("seen_on")))
        except ValueError:
            return "has a salary figure with a bad id or date"
        if not _whole(p.get("low")) or not _whole(p.get("high"), optional=True):
            return "has a salary figure that is not a whole amount"
        if p.get("high") is not None and p["high"] < p["low"]:
            return "has a salary range that goes down"
        if p.get("currency") not in CURRENCIES.values():
            return "has a salary figure in an unknown currency"
        if not isinstance(p.get("note", ""), str) or len(p.get("note", "")) > MAX_NOTE_CHARS:
            return "has a salary note that is not valid"
    return None


def import_salary(interview: Interview, data: dict[str, Any] | None) -> None:
    """Write checked salary work (see check_salary) into the interview."""
    if data is None:
        return
    from secondround.services.exchange import ImportRefused

    ids = [uuid.UUID(str(p["uuid"])) for p in data.get("points", [])]
    work_id = uuid.UUID(str(data["uuid"])) if data.get("uuid") else None
    if SalaryPoint.objects.filter(uuid__in=ids).exclude(interview=interview).exists() or (
        work_id and SalaryWork.objects.filter(uuid=work_id).exclude(interview=interview).exists()
    ):
        raise ImportRefused(
            "The file holds salary work that belongs to another interview or account here; "
            "nothing was imported."
        )
    if work_id:
        SalaryWork.objects.filter(interview=interview).exclude(uuid=work_id).delete()
        SalaryWork.objects.update_or_create(
            uuid=work_id,
            defaults={
                "interview": interview,
                "title": data["title"].strip(),
                "country": data["country"],
                "occupation_code": data.get("occupation_code") or "",
                "minimum": data.get("minimum"),
            },
        )
    for p in data.get("points", []):
        SalaryPoint.objects.update_or_create(
            uuid=uuid.UUID(str(p["uuid"])),
            defaults={
                "interview": interview,
                "kind": p["kind"],
                "low": p["low"],
                "high": p.get("high"),
                "currency": p["currency"],
                "seen_on": date.fromisoformat(p["seen_on"]),
                "note": p.get("note") or "",
            },
        )
