from __future__ import annotations

import xml.etree.ElementTree as ET

from secondround.core.charts import Series, line_chart

SVG = "{http://www.w3.org/2000/svg}"


def test_it_draws_one_line_per_series_with_a_point_per_value() -> None:
    svg = line_chart(
        ["1 Dec", "2 Dec", "3 Dec"],
        [Series("Overall", [40, 55, 70]), Series("Teamwork", [None, 50, 80])],
        "Progress",
    )
    root = ET.fromstring(svg)
    assert root.attrib["aria-label"] == "Progress"
    assert len(root.findall(f"{SVG}polyline")) == 2
    assert len(root.findall(f"{SVG}circle")) == 5


def test_higher_scores_are_drawn_higher() -> None:
    root = ET.fromstring(line_chart(["a", "b"], [Series("Overall", [20, 90])], "t"))
    low, high = (float(c.attrib["cy"]) for c in root.findall(f"{SVG}circle"))
    assert high < low


def test_names_are_escaped() -> None:
    svg = line_chart(["<b>"], [Series("R&D <x>", [50])], "A & B")
    ET.fromstring(svg)  # still well-formed XML
    assert "R&amp;D &lt;x&gt;" in svg
