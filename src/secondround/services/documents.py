"""Turn an uploaded document (.txt, .md, .pdf, .docx) into plain text, or say clearly why not."""

from __future__ import annotations

import io
import logging
import time
import zipfile
import zlib
from pathlib import PurePath
from typing import IO, Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse as defused_iterparse
from defusedxml.ElementTree import parse as defused_parse

from secondround.core.errors import UserError
from secondround.core.limits import MAX_TEXT_CHARS

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx")
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# About 15,000 words: far longer than any real job description or set of notes.
# A Word document's text takes a few files and a few megabytes once unpacked; anything far
# beyond is a zip bomb or not a document. Reading is bounded in time as well.
MAX_DOCX_ENTRIES = 1_000
MAX_DOCX_UNPACKED_BYTES = 64 * 1024 * 1024
MAX_DOCX_SECONDS = 5.0
# The same bounds for PDFs, whose pages are read one at a time.
MAX_PDF_PAGES = 300
MAX_PDF_SECONDS = 10.0
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_P, W_T, W_TAB, W_BR, W_CR, W_TR, W_TC = (
    _W + name for name in ("p", "t", "tab", "br", "cr", "tr", "tc")
)


class DocumentError(UserError, ValueError):
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
        if len(reader.pages) > MAX_PDF_PAGES:
            raise DocumentError(
                f"{filename} has {len(reader.pages):,} pages; a job description or notes "
                f"fit in far fewer, so upload a file of at most {MAX_PDF_PAGES} pages."
            )
        deadline = time.monotonic() + MAX_PDF_SECONDS
        pages = []
        for page in reader.pages:
            if time.monotonic() > deadline:
                raise DocumentError(f"{filename} takes too long to read; paste the text instead.")
            pages.append(page.extract_text() or "")
            if sum(map(len, pages)) > 2 * MAX_TEXT_CHARS:
                raise DocumentError(
                    f"{filename} is too long; keep it under {MAX_TEXT_CHARS:,} characters."
                )
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
    damaged = f"{filename} is a damaged Word document that cannot be read."
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise DocumentError(f"{filename} is not a Word document, though its name ends in .docx.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            # Checked before anything is unpacked: a few hundred kilobytes can unpack to
            # gigabytes (a zip bomb).
            if len(entries) > MAX_DOCX_ENTRIES:
                raise DocumentError(
                    f"{filename} holds {len(entries):,} files inside; a Word document has far "
                    "fewer, so it was not opened."
                )
            unpacked = sum(entry.file_size for entry in entries)
            if unpacked > MAX_DOCX_UNPACKED_BYTES:
                raise DocumentError(
                    f"{filename} would unpack to {unpacked / 1_048_576:,.0f} MB, far more than a "
                    "Word document's text needs, so it was not opened."
                )
            part = _main_part(archive)
            if part is None:
                raise DocumentError(
                    f"{filename} is not a Word document, though its name ends in .docx."
                )
            with archive.open(part) as stream:
                return _body_text(filename, _Capped(stream, MAX_DOCX_UNPACKED_BYTES))
    except DocumentError:
        raise
    except (DefusedXmlException, ParseError) as exc:
        raise DocumentError(damaged) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError) as exc:
        raise DocumentError(damaged) from exc
    except (NotImplementedError, ValueError, KeyError) as exc:
        raise DocumentError(damaged) from exc


def _main_part(archive: zipfile.ZipFile) -> str | None:
    """The name of the document's main part, as the package's relationships say."""
    names = set(archive.namelist())
    if "_rels/.rels" in names:
        with archive.open("_rels/.rels") as stream:
            root = defused_parse(_Capped(stream, 1_048_576), forbid_dtd=True).getroot()
        for rel in root if root is not None else ():
            if str(rel.get("Type", "")).endswith("/officeDocument"):
                target = str(rel.get("Target", "")).lstrip("/")
                if target in names:
                    return target
    return "word/document.xml" if "word/document.xml" in names else None


class _Capped(io.RawIOBase):
    """A stream that refuses to give more than `limit` bytes, whatever the zip entry claims."""

    def __init__(self, stream: IO[bytes], limit: int) -> None:
        self.stream, self.left = stream, limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self.stream.read(min(len(buffer), 1 << 16))
        self.left -= len(chunk)
        if self.left < 0:
            raise DocumentError("The Word document unpacks to more than its size allows.")
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _body_text(filename: str, stream: io.RawIOBase) -> str:
    """Paragraphs and table rows (cells joined by " | "), in document order."""
    deadline = time.monotonic() + MAX_DOCX_SECONDS
    blocks: list[str] = []
    runs: list[str] = []
    # Open table cells and rows, innermost last: a table inside a cell reads into that cell.
    cells: list[list[str]] = []
    rows: list[list[str]] = []
    size = 0
    events = defused_iterparse(stream, events=("start", "end"), forbid_dtd=True)
    for count, (event, element) in enumerate(events):
        if count % 2048 == 0 and time.monotonic() > deadline:
            raise DocumentError(f"{filename} takes too long to read; save it again and retry.")
        tag = element.tag
        if event == "start":
            if tag == W_TR:
                rows.append([])
            elif tag == W_TC:
                cells.append([])
            continue
        if tag == W_T:
            runs.append(element.text or "")
            size += len(element.text or "")
            if size > 2 * MAX_TEXT_CHARS:
                raise DocumentError(
                    f"{filename} is too long; keep it under {MAX_TEXT_CHARS:,} characters."
                )
        elif tag == W_TAB:
            runs.append("\t")
        elif tag in (W_BR, W_CR):
            runs.append("\n")
        elif tag == W_P:
            text, runs = "".join(runs), []
            (cells[-1] if cells else blocks).append(text)
        elif tag == W_TC and cells:
            cell = " ".join(t.strip() for t in cells.pop() if t.strip())
            if rows:
                rows[-1].append(cell)
        elif tag == W_TR and rows:
            line = " | ".join(rows.pop())
            (cells[-1] if cells else blocks).append(line)
        element.clear()
    return "\n".join(blocks)


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip()
