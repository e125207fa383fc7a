"""An opening figure, a target and a walk-away figure, each with the arithmetic that made it.

From the market's percentiles, the candidate's own data points (offers, adverts, recruiter
ranges, current pay) and their minimum. Every step is a sentence a person can check by hand.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date
from typing import Any

from secondround.core.errors import UserError
from secondround.core.salary.table import Occupation, SalaryTable

POINT_KINDS: dict[str, str] = {
    "offer": "Offer",
    "advert": "Advert",
    "recruiter": "Recruiter's range",
    "current": "Current pay",
}
# A move to a new job usually pays at least this much more than the current one.
RAISE_ON_MOVE = 0.10
# How far above the target to open: room to come down and still land on it.
OPENING_MARGIN = 0.10
ROUND_TO = 500
# Data points older than this are shown, but flagged as old.
STALE_DAYS = 365


class NegotiationError(UserError, ValueError):
    """There is not enough to go on; the message says what to add, in one sentence."""


@dataclass(frozen=True)
class DataPoint:
    """One figure the candidate knows of: a single amount or a range, with the date they saw it."""

    kind: str
    low: int
    high: int | None
    seen_on: date
    note: str = ""

    @property
    def middle(self) -> float:
        return (self.low + self.high) / 2 if self.high else float(self.low)

    def label(self, table: SalaryTable) -> str:
        amount = table.money(self.low)
        if self.high and self.high != self.low:
            amount += f"–{table.money(self.high)}"
        return amount

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "low": self.low,
            "high": self.high,
            "seen_on": self.seen_on.isoformat(),
            "note": self.note,
        }


@dataclass(frozen=True)
class Negotiation:
    opening: int
    target: int
    walk_away: int
    steps: tuple[str, ...]
    warnings: tuple[str, ...]
    script: tuple[tuple[str, str], ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "opening": self.opening,
            "target": self.target,
            "walk_away": self.walk_away,
            "steps": list(self.steps),
            "warnings": list(self.warnings),
            "script": [{"when": when, "say": say} for when, say in self.script],
        }


def _round(value: float) -> int:
    return int(ROUND_TO * round(value / ROUND_TO))


def negotiate(
    occupation: Occupation,
    table: SalaryTable,
    points: list[DataPoint],
    minimum: int | None,
    today: date,
) -> Negotiation:
    """The three figures for `occupation`, with the steps, the warnings and a short script."""
    m = table.money
    steps: list[str] = []
    warnings: list[str] = []
    p25, p50, p75, p90 = (occupation.percentile(p) for p in (25, 50, 75, 90))
    evidence = [p for p in points if p.kind != "current"]
    current = [p for p in points if p.kind == "current"]
    for point in points:
        if (today - point.seen_on).days > STALE_DAYS:
            warnings.append(
                f"Your {POINT_KINDS[point.kind].lower()} of {point.label(table)} is from "
                f"{point.seen_on:%B %Y}, more than a year ago: check it is still current."
            )
    if p50.value is None and not evidence:
        raise NegotiationError(
            f"The table's median for {occupation.title} is {table.describe(p50)}, so add an "
            "advert, offer or recruiter's range of your own to work from."
        )
    if p50.value is not None:
        steps.append(f"Market median (50th percentile) for {occupation.title}: {m(p50.value)}.")
        middle = float(p50.value)
    if evidence:
        mids = [p.middle for p in evidence]
        listed = ", ".join(
            p.label(table) + (f" (middle {m(round(p.middle))})" if p.high else "") for p in evidence
        )
        seen = statistics.median(mids)
        what = "their median is" if len(mids) > 1 else "that is"
        steps.append(f"Your own figures: {listed}; {what} {m(round(seen))}.")
        if p50.value is not None:
            middle = (p50.value + seen) / 2
            steps.append(
                f"Middle of the market and your figures: ({m(p50.value)} + {m(round(seen))}) ÷ 2 "
                f"= {m(round(middle))}."
            )
        else:
            middle = seen
            steps.append(
                f"The table's median is {table.describe(p50)}, so the middle is your figures' "
                f"{m(round(middle))}."
            )
    if p75.value is not None and p75.value > middle:
        target = (middle + p75.value) / 2
        steps.append(
            f"Target, halfway from the middle to the 75th percentile: ({m(round(middle))} + "
            f"{m(p75.value)}) ÷ 2 = {m(round(target))}."
        )
    else:
        target = middle
        why = (
            f"the 75th percentile is {table.describe(p75)}"
            if p75.value is None
            else "the middle is already above the 75th percentile"
        )
        steps.append(f"Target: the middle, {m(round(middle))}, since {why}.")
    if current:
        pay = max(p.middle for p in current)
        raised = pay * (1 + RAISE_ON_MOVE)
        if raised > target:
            target = raised
            steps.append(
                f"Your current pay is {m(round(pay))}; a move should bring at least "
                f"{RAISE_ON_MOVE:.0%} more: {m(round(pay))} × {1 + RAISE_ON_MOVE:.2f} = "
                f"{m(round(raised))}, which becomes the target."
            )
    if minimum is not None and minimum > target:
        target = minimum
        steps.append(f"Your minimum, {m(minimum)}, is above that, so the target is raised to it.")
    target_r = _round(target)
    steps.append(f"Target rounded to the nearest {m(ROUND_TO)}: {m(target_r)}.")
    opening = target_r * (1 + OPENING_MARGIN)
    steps.append(
        f"Opening figure, {OPENING_MARGIN:.0%} above the target to leave room: {m(target_r)} × "
        f"{1 + OPENING_MARGIN:.2f} = {m(round(opening))} → {m(_round(opening))}."
    )
    opening_r = _round(opening)
    if p90.value is not None and opening_r > p90.value >= target_r:
        opening_r = _round(p90.value)
        steps.append(
            f"That is above the 90th percentile ({m(p90.value)}), so open at the 90th "
            f"percentile instead: {m(opening_r)}."
        )
    if minimum is not None:
        walk = minimum
        steps.append(f"Walk-away figure: your minimum, {m(minimum)}.")
    elif p25.value is not None:
        walk = p25.value
        steps.append(
            f"Walk-away figure: you gave no minimum, so the 25th percentile, {m(p25.value)} "
            "(three in four people in this occupation earn more)."
        )
        if current:
            pay = round(max(p.middle for p in current))
            if pay > walk:
                walk = pay
                steps.append(f"Your current pay, {m(pay)}, is higher, so walk away below it.")
    else:
        walk = round(middle * 0.9)
        steps.append(
            f"Walk-away figure: no minimum and the 25th percentile is {table.describe(p25)}, "
            f"so 90% of the middle: {m(round(middle))} × 0.90 = {m(walk)}."
        )
    walk = min(walk, target_r)
    if minimum is not None and p90.value is not None and minimum > p90.value:
        warnings.append(
            f"Your minimum of {m(minimum)} is above the 90th percentile for {occupation.title} "
            f"({m(p90.value)}): fewer than one in ten people in this occupation earn that much, "
            "so be ready to show why this job should pay it, or check the occupation is right."
        )
    elif minimum is not None and p90.marker == "#" and table.top_code and minimum > table.top_code:
        warnings.append(
            f"Your minimum of {m(minimum)} is above the survey's top code "
            f"({m(table.top_code)}); the data cannot tell how common such pay is."
        )
    script = _script(m(opening_r), m(target_r), m(walk), occupation.title)
    return Negotiation(opening_r, target_r, walk, tuple(steps), tuple(warnings), script)


def _script(opening: str, target: str, walk: str, title: str) -> tuple[tuple[str, str], ...]:
    return (
        (
            "When they ask what you are expecting",
            f"“From what similar roles pay — the published figures for {title.lower()} and "
            f"the adverts I have seen — I am looking for around {opening}. I am happy to talk "
            "about the whole package.”",
        ),
        (
            "When they name a number first",
            f"If it is {target} or more: “Thank you, that sounds right; could you tell me "
            f"about the rest of the package?” If it is below: “Thank you. That is a little "
            f"under what I expected; similar roles pay around {target}. Is there flexibility "
            "on the base salary?”",
        ),
        (
            f"When the offer is below your walk-away figure ({walk})",
            f"“I appreciate the offer and I am keen on the role, but I cannot accept less than "
            f"{walk}. Is there a way to close the gap, in salary or elsewhere?” Then stop and "
            "let them answer.",
        ),
    )
