from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime

from secondround.core.charts import NARROW, WIDE, Series, line_chart, session_labels

SVG = "{http://www.w3.org/2000/svg}"


def _points(root: ET.Element) -> list[ET.Element]:
    return [p for p in root.iter(f"{SVG}path") if p.attrib.get("class") == "point"]


def _plotted(root: ET.Element) -> list[ET.Element]:
    # Legend markers carry the series name alone; plotted points carry "name: value".
    return [p for p in _points(root) if ": " in (p.findtext(f"{SVG}title") or "")]


def test_it_draws_one_line_per_series_with_a_point_per_value() -> None:
    svg = line_chart(
        ["1 Dec", "2 Dec", "3 Dec"],
        [Series("Overall", [40, 55, 70]), Series("Teamwork", [None, 50, 80])],
        "Progress",
    )
    root = ET.fromstring(svg)
    assert root.attrib["aria-label"] == "Progress"
    assert len(root.findall(f"{SVG}polyline")) == 2
    assert len(_plotted(root)) == 5


def test_higher_scores_are_drawn_higher() -> None:
    root = ET.fromstring(line_chart(["a", "b"], [Series("Overall", [20, 90])], "t"))
    low, high = (float(p.attrib["data-cy"]) for p in _plotted(root))
    assert high < low


def test_names_are_escaped() -> None:
    svg = line_chart(["<b>"], [Series("R&D <x>", [50])], "A & B")
    ET.fromstring(svg)  # still well-formed XML
    assert "R&amp;D &lt;x&gt;" in svg


def test_equal_scores_of_two_series_are_set_side_by_side_with_their_own_shapes() -> None:
    root = ET.fromstring(
        line_chart(["a", "b"], [Series("First", [60, 70]), Series("Second", [60, 40])], "t")
    )
    points = _plotted(root)
    first_a, first_b, second_a, second_b = points
    assert first_a.attrib["data-shape"] != second_a.attrib["data-shape"]
    # Same session, same score: the two points do not sit on top of each other.
    assert abs(float(first_a.attrib["data-cx"]) - float(second_a.attrib["data-cx"])) >= 4
    # Different scores need no moving.
    assert first_b.attrib["data-cx"] == second_b.attrib["data-cx"]


def test_it_is_drawn_at_its_own_size_so_text_is_not_shrunk() -> None:
    for layout in (WIDE, NARROW):
        root = ET.fromstring(line_chart(["a"], [Series("Overall", [50])], "t", layout))
        assert root.attrib["width"] == str(layout.width)
        assert all(int(t.attrib["font-size"]) >= 12 for t in root.iter(f"{SVG}text"))


def test_two_dry_runs_on_one_day_get_different_labels() -> None:
    labels = session_labels(
        [datetime(2026, 12, 1, 9, 5), datetime(2026, 12, 2, 10, 0), datetime(2026, 12, 2, 18, 30)]
    )
    assert labels == ["1 Dec", "2 Dec 10:00", "2 Dec 18:30"]
    assert len(set(labels)) == len(labels)
