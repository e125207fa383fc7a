"""Progress charts drawn as SVG on the server, so they read without JavaScript and print well."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

# Colour-blind-safe palette (Okabe–Ito), darkest first so the overall line stands out.
PALETTE = (
    "#000000",
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#8c6d31",
)


@dataclass(frozen=True)
class Series:
    name: str
    # One value per session, in session order; None where the session did not measure it.
    values: Sequence[float | None]


def line_chart(
    labels: Sequence[str],
    series: Sequence[Series],
    title: str,
    width: int = 640,
    height: int = 260,
) -> str:
    """An SVG line chart of 0–100 scores over sessions, with a legend and an accessible title."""
    left, right, top, bottom = 36, 150, 16, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    count = max(len(labels), 1)

    def x(i: int) -> float:
        return left + (plot_w * i / (count - 1) if count > 1 else plot_w / 2)

    def y(value: float) -> float:
        return top + plot_h * (1 - max(0.0, min(100.0, value)) / 100)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}" class="chart">',
        f"<title>{escape(title)}</title>",
    ]
    for tick in (0, 25, 50, 75, 100):
        parts.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            'stroke="#dfe5e2" stroke-width="1"/>'
            f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" font-size="11" '
            f'fill="#5d6b65">{tick}</text>'
        )
    step = max(1, count // 8)
    for i, label in enumerate(labels):
        if i % step == 0 or i == count - 1:
            parts.append(
                f'<text x="{x(i):.1f}" y="{height - 10}" text-anchor="middle" font-size="11" '
                f'fill="#5d6b65">{escape(label)}</text>'
            )
    for index, line in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        points = [(x(i), y(v)) for i, v in enumerate(line.values) if v is not None]
        if len(points) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
            weight = 3 if index == 0 else 2
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="{colour}" '
                f'stroke-width="{weight}" stroke-linejoin="round"/>'
            )
        for (px, py), value in zip(points, [v for v in line.values if v is not None], strict=True):
            parts.append(
                f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3.5" fill="{colour}">'
                f"<title>{escape(line.name)}: {value:.0f}</title></circle>"
            )
        legend_y = top + 14 + 18 * index
        parts.append(
            f'<rect x="{left + plot_w + 14}" y="{legend_y - 9}" width="12" height="12" '
            f'fill="{colour}"/><text x="{left + plot_w + 32}" y="{legend_y + 1}" '
            f'font-size="12" fill="#1d2723">{escape(line.name)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def series_from_rows(
    rows: Sequence[Mapping[str, float]], names: Sequence[str], labels: Mapping[str, str]
) -> list[Series]:
    """Turn per-session score dictionaries into one series per name (missing values left out)."""
    return [Series(labels.get(name, name), [row.get(name) for row in rows]) for name in names]
