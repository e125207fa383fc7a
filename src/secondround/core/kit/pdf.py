"""`pack_pdf`: the prep pack laid out on one A4 page with fpdf2.

A coloured header, a logistics strip, then two columns: what to prepare and ask on the left,
salary and what to follow up on the right. When the content runs long, the type is scaled down
until it fits, so the pack is always one page.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterable
from datetime import date

from fpdf import FPDF

from secondround.core.kit.pack import PrepPack

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN = 12.0
GUTTER = 6.0
LEFT_W = 112.0
RIGHT_X = MARGIN + LEFT_W + GUTTER
RIGHT_W = PAGE_W - MARGIN - RIGHT_X
BOTTOM = PAGE_H - 14.0
INK = (33, 37, 41)
MUTED = (108, 117, 125)
ACCENT = (31, 78, 121)
# Below this the type is too small to read; the pack keeps few enough items never to need it.
MIN_SCALE = 0.6

# The PDF core fonts cover Latin-1; typographic characters are mapped, accents kept where
# Latin-1 has them and stripped where it has not ("Łukasz" would otherwise print as "?ukasz").
_PLAIN = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "—": "-",
        "–": "-",
        "…": "...",
        "•": "-",
        "→": "->",
        "Ł": "L",
        "ł": "l",
        "Đ": "D",
        "đ": "d",
    }
)


def latin(text: str) -> str:
    text = text.translate(_PLAIN)
    out = []
    for char in text:
        if ord(char) < 256:
            out.append(char)
            continue
        base = unicodedata.normalize("NFKD", char).encode("latin-1", "ignore").decode("latin-1")
        out.append(base or "?")
    return "".join(out)


class _Layout:
    def __init__(self, pack: PrepPack, scale: float, made_on: date) -> None:
        self.pack = pack
        self.scale = scale
        self.made_on = made_on
        self.pdf = FPDF(format="A4", unit="mm")
        self.pdf.set_auto_page_break(auto=False)
        self.pdf.set_margins(MARGIN, MARGIN, MARGIN)
        self.pdf.set_title(latin(f"Prep pack - {pack.company}, {pack.role}"))
        self.pdf.set_creator("secondround")
        self.pdf.add_page()

    def font(self, size: float, style: str = "", color: tuple[int, int, int] = INK) -> None:
        self.pdf.set_font("helvetica", style, size * self.scale)
        self.pdf.set_text_color(*color)

    def line_h(self, size: float) -> float:
        return size * self.scale * 0.45

    def text(
        self,
        x: float,
        w: float,
        text: str,
        size: float,
        style: str = "",
        color: tuple[int, int, int] = INK,
    ) -> None:
        self.font(size, style, color)
        for line in self.wrap(latin(text), w):
            self.pdf.set_x(x)
            self.pdf.cell(w, self.line_h(size), line, new_x="LMARGIN", new_y="NEXT")

    def wrap(self, text: str, width: float) -> list[str]:
        """Greedy line breaking by word widths. fpdf2's multi_cell measures each line again for
        every character it adds, which made an overfull pack take a second to lay out."""
        measure = self.pdf.get_string_width
        space = measure(" ")
        lines: list[str] = []
        for paragraph in text.split("\n"):
            current: list[str] = []
            used = 0.0
            for word in paragraph.split():
                for piece in self._pieces(word, width):
                    piece_w = measure(piece)
                    if current and used + space + piece_w > width:
                        lines.append(" ".join(current))
                        current, used = [], 0.0
                    used += (space if current else 0.0) + piece_w
                    current.append(piece)
            lines.append(" ".join(current))
        return lines

    def _pieces(self, word: str, width: float) -> list[str]:
        # A word wider than the column (a long link) is cut where it reaches the edge.
        if self.pdf.get_string_width(word) <= width:
            return [word]
        pieces, current = [], ""
        for char in word:
            if current and self.pdf.get_string_width(current + char) > width:
                pieces.append(current)
                current = ""
            current += char
        return [*pieces, current] if current else pieces

    def render(self) -> float:
        """Lay the page out; how much of the space for the columns it used (1.0 or less fits)."""
        top = self.header()
        top = self.logistics(top)
        left = self.left_column(top)
        right = self.right_column(top)
        self.footer()
        return (max(left, right) - top) / (BOTTOM - top)

    def header(self) -> float:
        pack, pdf = self.pack, self.pdf
        pdf.set_fill_color(*ACCENT)
        pdf.rect(0, 0, PAGE_W, 30, style="F")
        pdf.set_xy(MARGIN, 7)
        self.font(20, "B", (255, 255, 255))
        pdf.cell(LEFT_W + 20, 9, latin(pack.company))
        pdf.set_xy(MARGIN, 17)
        self.font(12, "", (255, 255, 255))
        pdf.cell(LEFT_W + 20, 6, latin(f"{pack.role} - round {pack.round} - {pack.format}"))
        pdf.set_xy(PAGE_W - MARGIN - 60, 8)
        self.font(8, "B", (214, 228, 240))
        pdf.cell(60, 4, "PREP PACK", align="R")
        return 36.0

    def logistics(self, top: float) -> float:
        pack, pdf = self.pack, self.pdf
        who = "; ".join(
            f"{p.name} ({p.role}{', ' + p.title if p.title else ''})" for p in pack.people
        )
        cells = [
            ("When", pack.when),
            ("Where", pack.place or "Not set yet"),
            ("Who", who or "Nobody added yet"),
            ("Route", pack.route or "Not planned yet"),
        ]
        width = (PAGE_W - 2 * MARGIN) / len(cells)
        bottom = top
        for index, (label, value) in enumerate(cells):
            x = MARGIN + index * width
            pdf.set_xy(x, top)
            self.font(7, "B", MUTED)
            pdf.cell(width - 3, self.line_h(7) + 0.5, label.upper(), new_x="LEFT", new_y="NEXT")
            self.text(x, width - 3, value, 9)
            bottom = max(bottom, pdf.get_y())
        pdf.set_draw_color(*ACCENT)
        pdf.set_line_width(0.4)
        pdf.line(MARGIN, bottom + 2, PAGE_W - MARGIN, bottom + 2)
        return bottom + 6

    def heading(self, x: float, w: float, title: str) -> None:
        pdf = self.pdf
        pdf.set_x(x)
        self.font(11, "B", ACCENT)
        pdf.cell(w, self.line_h(11) + 1, latin(title), new_x="LEFT", new_y="NEXT")
        pdf.set_draw_color(200, 208, 216)
        pdf.set_line_width(0.2)
        pdf.line(x, pdf.get_y(), x + w, pdf.get_y())
        pdf.set_y(pdf.get_y() + 1.5)

    def bullets(self, x: float, w: float, items: Iterable[str], size: float = 9) -> None:
        for item in items:
            self.bullet(x, w, item, size)

    def bullet(self, x: float, w: float, text: str, size: float = 9, detail: str = "") -> None:
        pdf = self.pdf
        y = pdf.get_y()
        pdf.set_fill_color(*ACCENT)
        pdf.rect(x + 0.6, y + self.line_h(size) / 2 - 0.6, 1.2, 1.2, style="F")
        self.text(x + 4, w - 4, text, size)
        if detail:
            self.text(x + 4, w - 4, detail, size - 1.5, color=MUTED)
        pdf.set_y(pdf.get_y() + 1.2)

    def left_column(self, top: float) -> float:
        pack, pdf = self.pack, self.pdf
        pdf.set_y(top)
        self.heading(MARGIN, LEFT_W, pack.stories_title)
        if not pack.stories:
            self.text(MARGIN, LEFT_W, "Add the job description to see what to prepare.", 9)
        for label, why in pack.stories:
            self.bullet(MARGIN, LEFT_W, label, 9.5, why)
        if pack.questions:
            pdf.set_y(pdf.get_y() + 3)
            self.heading(MARGIN, LEFT_W, "Questions to ask")
            for who, questions in pack.questions:
                self.text(MARGIN, LEFT_W, who, 9.5, "B")
                pdf.set_y(pdf.get_y() + 0.8)
                self.bullets(MARGIN, LEFT_W, questions)
                pdf.set_y(pdf.get_y() + 1.5)
        return pdf.get_y()

    def right_column(self, top: float) -> float:
        pack, pdf = self.pack, self.pdf
        pdf.set_y(top)
        sections = [
            ("Key points from the last round", pack.debrief_points),
            ("Promises to keep", pack.promises),
            ("Loose ends still open", pack.open_loose_ends),
        ]
        if pack.salary_line:
            self.heading(RIGHT_X, RIGHT_W, "Salary")
            self.text(RIGHT_X, RIGHT_W, pack.salary_line, 9)
            if pack.salary_svg:
                self.picture(pack.salary_svg)
            pdf.set_y(pdf.get_y() + 3)
        for title, items in sections:
            if not items:
                continue
            self.heading(RIGHT_X, RIGHT_W, title)
            self.bullets(RIGHT_X, RIGHT_W, items, 8.5)
            pdf.set_y(pdf.get_y() + 3)
        return pdf.get_y()

    def picture(self, svg: str) -> None:
        pdf = self.pdf
        pdf.set_y(pdf.get_y() + 1)
        try:
            pdf.image(io.BytesIO(svg.encode("utf-8")), x=RIGHT_X, w=RIGHT_W)
        except Exception:
            # A picture fpdf2 cannot draw must not cost the candidate the whole pack.
            self.text(RIGHT_X, RIGHT_W, "(The salary picture could not be drawn.)", 8, color=MUTED)

    def footer(self) -> None:
        pdf = self.pdf
        pdf.set_xy(MARGIN, PAGE_H - 10)
        self.font(7, "", MUTED)
        made = f"{self.made_on.day} {self.made_on:%B %Y}"
        pdf.cell(PAGE_W - 2 * MARGIN, 4, f"Prepared with secondround on {made}. Good luck!")


def pack_pdf(pack: PrepPack, made_on: date) -> bytes:
    """The pack as a one-page A4 PDF; long content is set smaller rather than spilling over."""
    scale = 1.0
    layout = _Layout(pack, scale, made_on)
    used = layout.render()
    while used > 1.0 and scale > MIN_SCALE:
        # Text set smaller takes less height twice over (shorter lines, more words per line),
        # so the height used goes with the square of the scale: aim just under the space.
        scale = max(MIN_SCALE, min(scale * 0.95, scale * 0.98 * (1.0 / used) ** 0.5))
        layout = _Layout(pack, scale, made_on)
        used = layout.render()
    return bytes(layout.pdf.output())
