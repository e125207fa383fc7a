"""Salary tables: percentiles of annual pay by occupation, with the source's markers kept.

A published table leaves some figures out: the US survey top-codes very high wages (`#`) and
both surveys suppress estimates that are not reliable (`*`, `x`) or not available (`:`). Such a
figure is a `Figure` with no value and its marker, so nothing downstream can take it for a number.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from secondround.core.errors import UserError

Country = Literal["us", "uk"]
COUNTRIES: tuple[Country, ...] = ("us", "uk")
PERCENTILES = (10, 25, 50, 75, 90)
CURRENCIES: dict[str, str] = {"us": "USD", "uk": "GBP"}
SYMBOLS: dict[str, str] = {"USD": "$", "GBP": "£"}
COUNTRY_NAMES: dict[str, str] = {"us": "United States", "uk": "United Kingdom"}
MARKERS: dict[str, str] = {
    "#": "top-coded",
    "*": "no estimate",
    # OEWS: an employment estimate that is not available.
    "**": "not available",
    "x": "suppressed",
    ":": "not available",
    "..": "not available",
    "": "not available",
}


class SalaryDataError(UserError, ValueError):
    """A salary table cannot be read; the message is one sentence."""


@dataclass(frozen=True)
class Figure:
    """One published figure: a whole amount, or no amount and the marker the source printed."""

    value: int | None
    marker: str = ""

    @property
    def known(self) -> bool:
        return self.value is not None

    @property
    def meaning(self) -> str:
        """ "" for a number; otherwise what the marker means ("top-coded", "suppressed", …)."""
        return "" if self.value is not None else MARKERS.get(self.marker, "not available")

    def to_dict(self) -> dict[str, Any]:
        if self.value is not None:
            return {"value": self.value}
        return {"value": None, "marker": self.marker, "meaning": self.meaning}


def parse_figure(raw: object) -> Figure:
    """A cell of an official table: a number (commas, decimals allowed) or a marker."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return Figure(round(raw))
    text = str(raw if raw is not None else "").strip().replace(",", "")
    if text in MARKERS:
        return Figure(None, text)
    try:
        number = float(text)
    except ValueError as exc:
        raise SalaryDataError(f"{text[:20]!r} is neither a figure nor a marker.") from exc
    if number < 0 or number != number:
        raise SalaryDataError(f"{text[:20]!r} is not a salary.")
    return Figure(round(number))


@dataclass(frozen=True)
class Occupation:
    code: str
    title: str
    group: str
    employment: Figure
    mean: Figure
    percentiles: tuple[Figure, ...]

    def percentile(self, which: int) -> Figure:
        return self.percentiles[PERCENTILES.index(which)]

    @property
    def has_figures(self) -> bool:
        return any(f.known for f in self.percentiles)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "title": self.title,
            "group": self.group,
            "mean": self.mean.to_dict(),
            "percentiles": {
                str(p): f.to_dict() for p, f in zip(PERCENTILES, self.percentiles, strict=True)
            },
        }


@dataclass(frozen=True)
class SalaryTable:
    """One country's table, with where it comes from and the date its figures describe."""

    country: Country
    source: str
    credit: str
    reference_date: date
    reference_label: str
    occupations: dict[str, Occupation] = field(repr=False)
    top_code: int | None = None
    provisional: bool = False
    origin: str = "shipped"  # "shipped" or the name of the file the user imported

    @property
    def currency(self) -> str:
        return CURRENCIES[self.country]

    @property
    def symbol(self) -> str:
        return SYMBOLS[self.currency]

    def money(self, amount: int) -> str:
        return f"{self.symbol}{amount:,}"

    def describe(self, figure: Figure) -> str:
        """A figure as a person should read it: "$57,010", or what its marker means."""
        if figure.value is not None:
            return self.money(figure.value)
        if figure.marker == "#":
            if self.top_code:
                return f"at or above {self.money(self.top_code)} (top-coded)"
            return "above the highest figure published (top-coded)"
        return f"{figure.meaning} in the source"

    def meta(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "currency": self.currency,
            "source": self.source,
            "credit": self.credit,
            "reference_date": self.reference_date.isoformat(),
            "reference_label": self.reference_label,
            "provisional": self.provisional,
            "top_code": self.top_code,
            "origin": self.origin,
        }


def data_age(reference: date, today: date) -> str:
    """How old figures are, in words: "2 years and 7 months old", "less than a month old"."""
    months = (today.year - reference.year) * 12 + today.month - reference.month
    if today.day < reference.day:
        months -= 1
    if months <= 0:
        return "less than a month old"
    years, months = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years != 1 else ''}")
    if months:
        parts.append(f"{months} month{'s' if months != 1 else ''}")
    return " and ".join(parts) + " old"
