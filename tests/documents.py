"""Real documents made on the fly for upload tests (no binary fixtures in the repository)."""

from __future__ import annotations

import io

import docx
from fpdf import FPDF


def pdf_with_text(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def pdf_without_text() -> bytes:
    """A PDF that is only a drawing, as a scanned page would be only an image."""
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())


def docx_with_text(*paragraphs: str) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_with_document_xml(xml: bytes, extra_files: int = 0) -> bytes:
    """A real Word package whose main part is `xml` (hostile or broken), with optional padding."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(docx_with_text("placeholder")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = xml if item.filename == "word/document.xml" else source.read(item)
            target.writestr(item.filename, data)
        for number in range(extra_files):
            target.writestr(f"padding/part{number}.xml", b"<a/>")
    return out.getvalue()
