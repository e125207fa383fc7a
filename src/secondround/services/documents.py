"""Turn an uploaded document (.txt, .md, .pdf, .docx) into plain text, or say clearly why not."""

from __future__ import annotations

import io
import logging
import zipfile
from pathlib import PurePath

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx")
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# About 15,000 words: far longer than any real job description or set of notes.
MAX_TEXT_CHARS = 100_000


class DocumentError(ValueError):
    """A file we cannot turn into text; the message is one sentence a person can act on."""


def check_text_length(text: str, what: str = "The text") -> str:
    """Return the text if it is of a sensible length, else raise DocumentError."""
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(
            f"{what} is too long ({len(text):,} characters); keep it under {MAX_TEXT_CHARS:,}."
        )
    return text


def extract_text(filename: str, data: bytes) -> str:
    """The text of a document, tidied: trailing spaces gone, at most one blank line in a row."""
    suffix = PurePath(filename).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "a file without an extension"
        raise DocumentError(
            f"{shown} files are not supported; upload a .txt, .md, .pdf or .docx file."
        )
    if len(data) > MAX_UPLOAD_BYTES:
        raise DocumentError(
            f"{filename} is {len(data) / 1_048_576:.1f} MB; upload a file under 10 MB."
        )
    if not data.strip():
        raise DocumentError(f"{filename} is empty.")
    if suffix == ".pdf":
        text = _pdf_text(filename, data)
    elif suffix == ".docx":
        text = _docx_text(filename, data)
    else:
        text = _plain_text(filename, data)
    text = _tidy(text)
    if not text:
        raise DocumentError(f"{filename} holds no text.")
    return check_text_length(text, filename)


def _plain_text(filename: str, data: bytes) -> str:
    text: str | None = None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            text = None
    if text is None and b"\x00" not in data[:8192]:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Older Windows editors save in cp1252; accept it rather than refuse a real job ad.
            text = data.decode("cp1252", errors="replace")
    if text is None or _looks_binary(text):
        raise DocumentError(f"{filename} is not a text file; save it as plain text and try again.")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    odd = controls + sample.count("\ufffd")
    return odd > max(8, len(sample) // 20)


def _pdf_text(filename: str, data: bytes) -> str:
    if not data.lstrip()[:5] == b"%PDF-":
        raise DocumentError(f"{filename} is not a PDF file, though its name ends in .pdf.")
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs warnings about damaged files; the user gets our one sentence instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError(
                f"{filename} is password-protected; save an unprotected copy and try again."
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(f"{filename} is a damaged PDF that cannot be read.") from exc
    text = "\n\n".join(pages)
    if not text.strip():
        raise DocumentError(
            f"{filename} has no text layer (it is probably a scan); paste the text instead."
        )
    return text


def _docx_text(filename: str, data: bytes) -> str:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise DocumentError(f"{filename} is not a Word document, though its name ends in .docx.")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise DocumentError(f"{filename} is a damaged Word document that cannot be read.") from exc
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip()
