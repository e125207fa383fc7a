"""The pay range as a picture: the percentiles drawn as a band, box-plot style, in SVG.

The 25th to 75th percentile is the box, the 10th and 90th the whiskers, the median a line; the
candidate's data points are dots, and the opening, target and walk-away figures are marked.
A top-coded or suppressed percentile is drawn as what it is (an open end, a gap), never as a value.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from secondround.core.salary.negotiate import POINT_KINDS, DataPoint, Negotiation
from secondround.core.salary.table import Occupation, SalaryTable

WIDTH = 640
_LEFT, _RIGHT = 24, 24
_MARKS = (("walk_away", "Walk-away", "#b42318"), ("target", "Target", "#1d6b3a"))
_OPENING_COLOUR = "#1f4fa3"


@dataclass(frozen=True)
class _Scale:
    low: float
    high: float

    def x(self, value: float) -> float:
        span = self.high - self.low or 1.0
        return round(_LEFT + (value - self.low) / span * (WIDTH - _LEFT - _RIGHT), 1)


def _short(table: SalaryTable, value: float) -> str:
    """ "£40.5k", "$206k": short enough for the picture, exact enough to tell marks apart."""
    thousands = value / 1000
    if value < 1000:
        return f"{table.symbol}{value:.0f}"
    if thousands < 100 and abs(thousands - round(thousands)) >= 0.05:
        return f"{table.symbol}{thousands:.1f}k"
    return f"{table.symbol}{thousands:.0f}k"


def render_band(
    occupation: Occupation,
    table: SalaryTable,
    points: list[DataPoint] | None = None,
    negotiation: Negotiation | None = None,
    latin1: bool = False,
) -> str:
    """Self-contained SVG (escaped text, no scripts) of the range and what is marked on it.

    `latin1` keeps every character within Latin-1, for PDFs drawn with the built-in fonts.
    """
    points = points or []
    pct = {p: occupation.percentile(p) for p in (10, 25, 50, 75, 90)}
    top = table.top_code if any(f.marker == "#" for f in pct.values()) else None
    values: list[float] = [float(f.value) for f in pct.values() if f.value is not None]
    values += [float(v) for p in points for v in (p.low, p.high) if v]
    if negotiation:
        values += [negotiation.opening, negotiation.target, negotiation.walk_away]
    if top:
        values.append(top * 1.08)
    if not values:
        return ""
    low, high = min(values), max(values)
    pad = (high - low) * 0.06 or high * 0.1 or 1.0
    scale = _Scale(max(0.0, low - pad), high + pad)
    label = f"Pay range for {occupation.title}, {table.reference_label}"
    height = 190 + 16 * len(points)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img" aria-label="{escape(label, {chr(34): "&quot;"})}" '
        'class="salary-band" font-family="system-ui, sans-serif" font-size="12">',
        f"<title>{escape(label)}</title>",
    ]
    y = 70
    known = {p: float(f.value) for p, f in pct.items() if f.value is not None}
    # Whiskers, 10th to 90th: a top-coded end becomes an arrow at the top code.
    left_end = known.get(10, known.get(25))
    right_end = known.get(90, known.get(75))
    if top and pct[90].marker == "#":
        right_end = float(top)
    if left_end is not None and right_end is not None:
        parts.append(
            f'<line x1="{scale.x(left_end)}" y1="{y}" x2="{scale.x(right_end)}" y2="{y}" '
            'stroke="#667085" stroke-width="2"/>'
        )
    box_low = known.get(25)
    box_high = known.get(75, float(top) if top and pct[75].marker == "#" else None)
    if box_low is not None and box_high is not None:
        parts.append(
            f'<rect x="{scale.x(box_low)}" y="{y - 18}" '
            f'width="{scale.x(box_high) - scale.x(box_low)}"'
            f' height="36" fill="#dbe7f7" stroke="#3b6db3" rx="3"/>'
        )
    for which, figure in pct.items():
        if figure.value is not None:
            x = scale.x(figure.value)
            tall = 18 if which in (25, 50, 75) else 10
            stroke = "#1f2937" if which == 50 else "#3b6db3"
            width = 3 if which == 50 else 1.5
            parts.append(
                f'<line x1="{x}" y1="{y - tall}" x2="{x}" y2="{y + tall}" stroke="{stroke}" '
                f'stroke-width="{width}"/>'
            )
            anchor = "middle"
            parts.append(
                f'<text x="{x}" y="{y + 34 if which in (25, 75) else y - 24}" '
                f'text-anchor="{anchor}" fill="#344054">P{which} {_short(table, figure.value)}'
                "</text>"
            )
    if top and pct[90].marker == "#":
        x = scale.x(top)
        parts.append(
            f'<path d="M{x} {y - 6} L{x + 10} {y} L{x} {y + 6} Z" fill="#667085"/>'
            f'<text x="{x}" y="{y - 24}" text-anchor="end" fill="#344054">'
            f"P90 ≥ {_short(table, top)} (top-coded)</text>"
        )
    gaps = [f"P{p}" for p, f in pct.items() if f.value is None and f.marker != "#"]
    if gaps:
        parts.append(
            f'<text x="{_LEFT}" y="{y + 56}" fill="#667085">Not published: '
            f"{escape(', '.join(gaps))} ({escape(pct[next(int(g[1:]) for g in gaps)].meaning)})"
            "</text>"
        )
    if negotiation:
        marks = [(negotiation.walk_away, "Walk-away", "#b42318")]
        marks.append((negotiation.target, "Target", "#1d6b3a"))
        marks.append((negotiation.opening, "Opening", _OPENING_COLOUR))
        for row, (value, name, colour) in enumerate(marks):
            x = scale.x(value)
            ty = 14 + 14 * row
            parts.append(
                f'<line x1="{x}" y1="{ty + 3}" x2="{x}" y2="{y + 22}" stroke="{colour}" '
                f'stroke-width="2" stroke-dasharray="4 3"/>'
                f'<text x="{x}" y="{ty}" text-anchor="middle" fill="{colour}" font-weight="600">'
                f"{name} {_short(table, value)}</text>"
            )
    base = 150
    for row, point in enumerate(points):
        py = base + 16 * row
        x1 = scale.x(point.low)
        if point.high and point.high != point.low:
            parts.append(
                f'<line x1="{x1}" y1="{py}" x2="{scale.x(point.high)}" y2="{py}" '
                'stroke="#7a5af8" stroke-width="4" stroke-linecap="round"/>'
            )
        else:
            parts.append(f'<circle cx="{x1}" cy="{py}" r="5" fill="#7a5af8"/>')
        text = f"{POINT_KINDS.get(point.kind, point.kind)} {point.label(table)}"
        if point.note:
            text += f" · {point.note[:40]}"
        text += f" · {point.seen_on:%b %Y}"
        anchor = "start" if x1 < WIDTH * 0.6 else "end"
        dx = 10 if anchor == "start" else -10
        parts.append(
            f'<text x="{x1 + dx}" y="{py + 4}" text-anchor="{anchor}" fill="#53389e">'
            f"{escape(text)}</text>"
        )
    axis_y = height - 14
    for tick in _ticks(scale):
        parts.append(
            f'<text x="{scale.x(tick)}" y="{axis_y}" text-anchor="middle" fill="#98a2b3">'
            f"{_short(table, tick)}</text>"
        )
    parts.append("</svg>")
    svg = "".join(parts)
    if latin1:
        svg = svg.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")
    return svg


# Typographic characters the built-in PDF fonts lack, and what stands in for them.
_LATIN1 = str.maketrans({"–": "-", "—": "-", "≥": ">=", "’": "'", "‘": "'", "“": "'", "”": "'"})


def _ticks(scale: _Scale) -> list[float]:
    span = scale.high - scale.low
    step = next(s for s in (1000, 5000, 10000, 20000, 25000, 50000, 100000, 1e9) if span / s <= 7)
    first = (int(scale.low // step) + 1) * step
    return [float(v) for v in range(int(first), int(scale.high), int(step))]
