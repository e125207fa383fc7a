"""The prep pack PDF: one A4 page with its sections, read back with pypdf; long content is set
smaller rather than spilling onto a second page; sections with nothing to say are left out."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from secondround.core.kit import KitPerson, PrepPack, build_pack, pack_pdf

TODAY = date(2026, 12, 1)
BAND_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60" viewBox="0 0 300 60">'
    '<rect x="40" y="20" width="200" height="20" fill="#9cc"/>'
    '<line x1="150" y1="10" x2="150" y2="50" stroke="#000"/></svg>'
)


def _pack(**changes: object) -> PrepPack:
    fields: dict[str, object] = {
        "company": "Northwind",
        "role": "Operations analyst",
        "round": 2,
        "when": "Thursday 10 December 2026, 14:30 to 15:30 (Europe/London)",
        "format": "On site",
        "place": "1 King Street, Leeds",
        "people": [KitPerson("Priya Shah", "Line manager", "Head of operations")],
        "route": "40 minutes by train. Leeds station, then a 10-minute walk.",
        "competencies": [("Teamwork", "a team of six"), ("Time management", "tight deadlines")],
        "debrief_points": ["She asked whether I had managed a budget"],
        "promises": ["Send the portfolio by Friday"],
        "open_loose_ends": ["Can you give references?"],
    }
    fields.update(changes)
    return build_pack(**fields)  # type: ignore[arg-type]


def _read(pdf: bytes) -> tuple[int, str, PdfReader]:
    reader = PdfReader(io.BytesIO(pdf))
    # Lines wrap inside their column; compare the words, not where the lines break.
    return len(reader.pages), " ".join(reader.pages[0].extract_text().split()), reader


def test_the_pack_is_one_page_with_every_section() -> None:
    pages, text, reader = _read(pack_pdf(_pack(), TODAY))
    assert pages == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    for expected in (
        "Northwind",
        "Operations analyst - round 2 - On site",
        "Thursday 10 December 2026",
        "1 King Street, Leeds",
        "Priya Shah (Line manager",
        "40 minutes by train",
        "Key competencies to prepare",
        "Teamwork",
        "a team of six",
        "Key points from the last round",
        "managed a budget",
        "Promises to keep",
        "Send the portfolio by Friday",
        "Loose ends still open",
        "Can you give references?",
    ):
        assert expected in text, expected
    # Nothing was passed for questions or salary, so those sections are left out.
    assert "Questions to ask" not in text and "Salary" not in text


def test_questions_and_salary_passed_in_are_laid_out_with_the_picture() -> None:
    pack = _pack(
        questions=[("Priya Shah (line manager)", ["What does success look like in a year?"])],
        salary=("Open at £52,000; target £50,000; walk away below £45,000.", BAND_SVG),
    )
    pages, text, reader = _read(pack_pdf(pack, TODAY))
    assert pages == 1
    assert "Questions to ask" in text and "What does success look like in a year?" in text
    assert "Open at £52,000" in text
    # The band is drawn as vector graphics: the page has more drawing than text alone.
    content = reader.pages[0].get_contents()
    assert content is not None and b" re" in content.get_data()


def test_the_layout_has_two_columns() -> None:
    pdf = pack_pdf(_pack(), TODAY)
    reader = PdfReader(io.BytesIO(pdf))
    lefts: dict[str, float] = {}

    def visit(text: str, _cm: object, tm: list[float], *_: object) -> None:
        if text.strip():
            lefts.setdefault(text.strip(), tm[4])

    reader.pages[0].extract_text(visitor_text=visit)
    assert lefts["Key competencies to prepare"] < 100 < lefts["Key points from the last round"]


def test_long_content_is_set_smaller_and_stays_on_one_page() -> None:
    many = [(f"Competency {n}", "a long reason " * 12) for n in range(12)]
    questions = [
        (f"Person {p}", [f"A long question number {n} " * 6 for n in range(6)]) for p in range(6)
    ]
    pack = _pack(competencies=many, questions=questions, debrief_points=["point " * 30] * 9)
    pages, text, _ = _read(pack_pdf(pack, TODAY))
    assert pages == 1
    assert "Person 3" in text and "Competency 5" in text
    # The pack keeps to what one page can hold: four people, six competencies.
    assert "Person 4" not in text and "Competency 6" not in text


def test_text_beyond_latin_1_is_kept_readable() -> None:
    pages, text, _ = _read(pack_pdf(_pack(company="Łódź Łukasz “Quotes” – Ltd"), TODAY))
    assert pages == 1
    # ó is in Latin-1 and kept; Ł and ź are not and lose only their accents.
    assert 'Lódz Lukasz "Quotes" - Ltd' in text


def test_a_word_wider_than_its_column_is_cut_at_the_edge() -> None:
    link = "https://meet.example.com/" + "x" * 120
    pages, text, _ = _read(pack_pdf(_pack(place=link), TODAY))
    assert pages == 1
    # The link is cut into pieces that fit the "Where" cell; every character is still there.
    assert "x" * 120 in text.replace(" ", "")
