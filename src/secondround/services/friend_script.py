"""The friend's interviewer script as a PDF (fpdf2), for printing or sending to a phone."""

from __future__ import annotations

from fpdf import FPDF

from secondround.core.marking import FRIEND_RUBRIC
from secondround.practice.models import PracticeSession

# The built-in PDF fonts cover Latin-1 only; map the typographic characters our text uses.
_PLAIN = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-", "…": "...", "•": "-", "☐": "[ ]"}
)


def _latin(text: str) -> str:
    return text.translate(_PLAIN).encode("latin-1", "replace").decode("latin-1")


def _line(pdf: FPDF, height: float, text: str) -> None:
    # Each block starts again at the left margin; fpdf2 otherwise leaves x at the right edge.
    pdf.multi_cell(0, height, _latin(text), new_x="LMARGIN", new_y="NEXT")


def script_pdf(session: PracticeSession) -> bytes:
    """A printable A4 script: the rubric, then each question with its probes and a marking line."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_title(_latin(f"Interviewer script - {session.interview.company}"))
    pdf.set_creator("secondround")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 18)
    pdf.cell(0, 10, "Interviewer script", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    interview = session.interview
    _line(pdf, 6, f"{interview.company} - {interview.role} (round {interview.round})")
    pdf.ln(2)
    pdf.set_font("helvetica", "B", 12)
    pdf.cell(0, 8, "How to mark each answer", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    for number, (listen_for, judge) in enumerate(FRIEND_RUBRIC, start=1):
        _line(pdf, 5, f"{number}. {listen_for} {judge}")
    for number, question in enumerate(session.plan, start=1):
        # A damaged stored question costs its own line, not the whole script.
        if not isinstance(question, dict) or not isinstance(question.get("text"), str):
            continue
        pdf.ln(4)
        pdf.set_font("helvetica", "B", 12)
        _line(pdf, 6, f"{number}. {question['text']}")
        pdf.set_font("helvetica", "", 10)
        if isinstance(question.get("for_person"), str) and question["for_person"]:
            _line(pdf, 5, f"   Asked as: {question['for_person']}")
        probes = question.get("probes")
        for probe in probes if isinstance(probes, list) else []:
            _line(pdf, 5, f"   Follow-up: {probe}")
        _line(
            pdf,
            6,
            "   S [ ]  T [ ]  A [ ]  R [ ]   concrete result [ ]   hedging: none / some / a lot"
            "   time: ____ s   overall: 1 2 3 4 5",
        )
    return bytes(pdf.output())
