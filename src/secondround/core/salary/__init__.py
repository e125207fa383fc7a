"""Salary: the market's pay for an occupation, the candidate's figures, and what to ask for.

Pure Python: tables are read from the package's own data files (or given, already parsed, by
the caller), titles matched with rapidfuzz, the arithmetic and the SVG band computed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from secondround.core.datafiles import read_text
from secondround.core.salary.band import render_band
from secondround.core.salary.match import OccupationMatch, TitleMatch, match_title
from secondround.core.salary.negotiate import (
    POINT_KINDS,
    DataPoint,
    Negotiation,
    NegotiationError,
    negotiate,
)
from secondround.core.salary.official import table_from_csv
from secondround.core.salary.table import (
    COUNTRIES,
    COUNTRY_NAMES,
    CURRENCIES,
    PERCENTILES,
    Country,
    Figure,
    Occupation,
    SalaryDataError,
    SalaryTable,
    data_age,
)

SHIPPED = {"us": "oews_national.csv", "uk": "ashe_table14.csv"}

__all__ = [
    "COUNTRIES",
    "COUNTRY_NAMES",
    "CURRENCIES",
    "PERCENTILES",
    "POINT_KINDS",
    "Country",
    "DataPoint",
    "Figure",
    "Lookup",
    "Negotiation",
    "NegotiationError",
    "Occupation",
    "OccupationMatch",
    "SalaryDataError",
    "SalaryTable",
    "TitleMatch",
    "data_age",
    "load_table",
    "lookup",
    "match_title",
    "negotiate",
    "render_band",
]


@lru_cache(maxsize=2)
def load_table(country: Country) -> SalaryTable:
    """The table shipped with secondround for a country (US: OEWS May 2024; UK: ASHE 2023)."""
    return table_from_csv(read_text("salary", SHIPPED[country]))


@dataclass(frozen=True)
class Lookup:
    """A title's match in a table: the chosen occupation (None if unknown) and the candidates."""

    match: TitleMatch
    occupation: Occupation | None

    @property
    def candidates(self) -> tuple[OccupationMatch, ...]:
        best = (self.match.best,) if self.match.best else ()
        return best + self.match.alternatives


def lookup(title: str, country: Country, table: SalaryTable, code: str | None = None) -> Lookup:
    """Match `title`; `code` (a candidate or any code of the table) overrides the match."""
    match = match_title(title, country, table)
    if code:
        if code not in table.occupations:
            raise SalaryDataError(f"{code!r} is not an occupation code of the {country} table.")
        return Lookup(match, table.occupations[code])
    return Lookup(match, table.occupations[match.best.code] if match.best else None)
