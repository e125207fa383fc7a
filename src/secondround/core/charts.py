"""Progress charts drawn as SVG on the server, so they read without JavaScript and print well.

A chart is drawn at the size it is shown (wide for a desktop, narrow for a phone) rather than
scaled, so its text stays readable; each series has its own marker shape, and points that would
sit on top of each other are set side by side, so no series hides another.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Final

# Colour-blind-safe palette (Okabe–Ito), darkest first so the first line stands out.
PALETTE: Final = (
    "#000000",
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#8c6d31",
)
MARKERS: Final = ("circle", "square", "diamond", "triangle", "down", "cross", "plus", "bar")
FONT_SIZE: Final = 12
# Points closer than this (in pixels) at the same x are moved apart so both stay visible.
_CLASH: Final = 6.0
_DODGE: Final = 5.0


@dataclass(frozen=True)
class Series:
    name: str
    # One value per session, in session order; None where the session did not measure it.
    values: Sequence[float | None]


@dataclass(frozen=True)
class Layout:
    """A chart's size and where its legend goes."""

    width: int
    height: int
    legend_below: bool
    max_labels: int


WIDE: Final = Layout(width=640, height=260, legend_below=False, max_labels=8)
NARROW: Final = Layout(width=300, height=220, legend_below=True, max_labels=3)


def session_labels(moments: Sequence[datetime]) -> list[str]:
    """One label per dry run: its day ("2 Dec"), with the time where two share a day."""
    days = [f"{m.day} {m:%b}" for m in moments]
    counts: dict[str, int] = defaultdict(int)
    for day in days:
        counts[day] += 1
    return [
        f"{day} {m:%H:%M}" if counts[day] > 1 else day for day, m in zip(days, moments, strict=True)
    ]


def _marker(shape: str, cx: float, cy: float, colour: str, tip: str) -> str:
    r = 4.0
    shapes = {
        "circle": f"M{cx - r:.1f},{cy:.1f}a{r},{r} 0 1,0 {2 * r},0a{r},{r} 0 1,0 {-2 * r},0Z",
        "square": f"M{cx - r:.1f},{cy - r:.1f}h{2 * r}v{2 * r}h{-2 * r}Z",
        "diamond": f"M{cx:.1f},{cy - r - 1:.1f}l{r + 1},{r + 1}l{-r - 1},{r + 1}"
        f"l{-r - 1},{-r - 1}Z",
        "triangle": f"M{cx:.1f},{cy - r - 1:.1f}l{r + 1},{2 * r}h{-2 * r - 2}Z",
        "down": f"M{cx:.1f},{cy + r + 1:.1f}l{r + 1},{-2 * r}h{-2 * r - 2}Z",
        "cross": f"M{cx - r:.1f},{cy - r:.1f}l{2 * r},{2 * r}m0,{-2 * r}l{-2 * r},{2 * r}",
        "plus": f"M{cx - r:.1f},{cy:.1f}h{2 * r}m{-r},{-r}v{2 * r}",
        "bar": f"M{cx - 1.5:.1f},{cy - r - 1:.1f}h3v{2 * r + 2}h-3Z",
    }
    stroke = 'stroke-width="2.2" fill="none"' if shape in ("cross", "plus") else ""
    fill = f'stroke="{colour}" {stroke}' if stroke else f'fill="{colour}"'
    return (
        f'<path class="point" data-shape="{shape}" data-cx="{cx:.1f}" data-cy="{cy:.1f}" '
        f'd="{shapes[shape]}" {fill}><title>{escape(tip)}</title></path>'
    )


def line_chart(
    labels: Sequence[str],
    series: Sequence[Series],
    title: str,
    layout: Layout = WIDE,
) -> str:
    """An SVG line chart of 0–100 scores over sessions, with a legend and an accessible title."""
    left, top, bottom = 36, 16, 30
    right = 16 if layout.legend_below else 196
    legend_rows = (len(series) + 1) // 2 if layout.legend_below else 0
    width = layout.width
    height = layout.height + 20 * legend_rows
    plot_w = width - left - right
    plot_h = layout.height - top - bottom
    count = max(len(labels), 1)

    def x(i: int) -> float:
        return left + (plot_w * i / (count - 1) if count > 1 else plot_w / 2)

    def y(value: float) -> float:
        return top + plot_h * (1 - max(0.0, min(100.0, value)) / 100)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" class="chart">',
        f"<title>{escape(title)}</title>",
    ]
    for tick in (0, 25, 50, 75, 100):
        parts.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            'stroke="#dfe5e2" stroke-width="1"/>'
            f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" '
            f'font-size="{FONT_SIZE}" fill="#5d6b65">{tick}</text>'
        )
    shown = _labelled(count, layout.max_labels) if labels else []
    for i in shown:
        # The first and last labels grow inwards, so neither is cut at the chart's edge.
        anchor, nudge = "middle", 0
        if len(shown) > 1 and i == shown[0]:
            anchor, nudge = "start", -8
        elif len(shown) > 1 and i == shown[-1]:
            anchor, nudge = "end", 8
        parts.append(
            f'<text x="{x(i) + nudge:.1f}" y="{layout.height - 10}" text-anchor="{anchor}" '
            f'font-size="{FONT_SIZE}" fill="#5d6b65">{escape(labels[i])}</text>'
        )
    offsets = _dodges(series, y)
    for index, line in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        shape = MARKERS[index % len(MARKERS)]
        points = [
            (x(i) + offsets[(index, i)], y(v), v)
            for i, v in enumerate(line.values)
            if v is not None
        ]
        if len(points) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py, _ in points)
            weight = 3 if index == 0 else 2
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="{colour}" '
                f'stroke-width="{weight}" stroke-linejoin="round"/>'
            )
        for px, py, value in points:
            parts.append(_marker(shape, px, py, colour, f"{line.name}: {value:.0f}"))
        if layout.legend_below:
            lx = left + (index % 2) * (plot_w // 2)
            ly = layout.height + 4 + 20 * (index // 2)
        else:
            lx, ly = left + plot_w + 14, top + 10 + 20 * index
        parts.append(
            _marker(shape, lx + 6, ly, colour, line.name)
            + f'<text x="{lx + 16}" y="{ly + 4}" font-size="{FONT_SIZE}" '
            f'fill="#1d2723">{escape(line.name)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _labelled(count: int, most: int) -> list[int]:
    """Which sessions get a label under the axis: evenly spaced, the latest always."""
    step = max(1, -(-count // most))
    shown = list(range(0, count, step))
    if count and shown[-1] != count - 1:
        if count - 1 - shown[-1] < step / 2 and len(shown) > 1:
            shown.pop()  # too close to the latest's label
        shown.append(count - 1)
    return shown


def _dodges(series: Sequence[Series], y: Callable[[float], float]) -> dict[tuple[int, int], float]:
    """A small sideways offset for points of different series that would overlap."""
    offsets: dict[tuple[int, int], float] = defaultdict(float)
    length = max((len(s.values) for s in series), default=0)
    for i in range(length):
        placed: list[tuple[float, list[int]]] = []
        for index, line in enumerate(series):
            value = line.values[i] if i < len(line.values) else None
            if value is None:
                continue
            py = float(y(value))
            for where, group in placed:
                if abs(where - py) < _CLASH:
                    group.append(index)
                    break
            else:
                placed.append((py, [index]))
        for _, group in placed:
            if len(group) > 1:
                for n, index in enumerate(group):
                    offsets[(index, i)] = (n - (len(group) - 1) / 2) * _DODGE
    return offsets
