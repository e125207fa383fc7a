"""The band picture: valid SVG with the percentiles, the figures and the candidate's points."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from secondround.core.salary import DataPoint, load_table, negotiate, render_band

SVG = "{http://www.w3.org/2000/svg}"


def _texts(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def test_it_draws_the_percentiles_the_figures_and_the_points() -> None:
    table = load_table("uk")
    analysts = table.occupations["3544"]
    points = [DataPoint("advert", 40_000, 45_000, date(2026, 11, 2), "<b>Acme</b> & co")]
    n = negotiate(analysts, table, points, None, date(2026, 12, 1))
    svg = render_band(analysts, table, points, n)
    texts = _texts(svg)
    assert {"P10 £25.1k", "P25 £28.6k", "P50 £33.2k", "P75 £38.1k"} <= set(texts)
    assert any(t.startswith("Opening £") for t in texts)
    assert any(t.startswith("Target £") for t in texts)
    assert any(t.startswith("Walk-away £") for t in texts)
    assert "Advert £40,000–£45,000 · <b>Acme</b> & co · Nov 2026" in texts
    assert "<b>" not in svg  # the note is escaped, not markup
    assert "Not published: P90 (suppressed)" in texts
    assert ET.fromstring(svg).get("role") == "img"


def test_a_top_coded_end_is_drawn_as_a_floor() -> None:
    table = load_table("us")
    svg = render_band(table.occupations["11-1011"], table)
    assert "P90 ≥ $239k (top-coded)" in _texts(svg)
