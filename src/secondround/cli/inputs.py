"""Reading a command's input from a file or stdin, and refusing unusable input in one sentence.

`read_input` gives a command the text of `[FILE|-]`: plain UTF-8 text, or the text of a .md, .pdf
or .docx document. Every refusal is an `InputError` carrying the named exit status to use.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import CommandError
from secondround.services.documents import check_text_length, extract_text

MAX_INPUT_BYTES = 5_000_000
DOCUMENT_SUFFIXES = (".md", ".pdf", ".docx")
_HAS_WORD = re.compile(r"[^\W_]")


class InputError(CommandError):
    """The input cannot be used; the message says why in one sentence."""


@dataclass(frozen=True)
class Expected:
    """What a command reads, for its refusals: "pipe the answer in: secondround coach a.txt"."""

    noun: str
    example: str
    too_big: str


def sentence_start(name: str) -> str:
    """A name at the start of a sentence: its first letter upper-cased, the rest as written, so
    `notes/Round-One.TXT` stays itself (`str.capitalize` would lower-case it)."""
    return name[:1].upper() + name[1:]


def describe(source: str) -> str:
    """How messages name a source: "the input" for stdin, else the path as given."""
    return "the input" if source == "-" else source


def read_source(source: str, expected: Expected) -> bytes:
    """The raw bytes of a file, or of stdin when source is "-"."""
    if source == "-":
        stdin: Any = sys.stdin
        if stdin is None or (hasattr(stdin, "isatty") and stdin.isatty()):
            raise InputError(
                f"Give a file, or pipe the {expected.noun} in: {expected.example}",
                ExitStatus.USAGE,
            )
        buffer = getattr(stdin, "buffer", None)
        data = buffer.read(MAX_INPUT_BYTES + 1) if buffer is not None else stdin.read().encode()
        if len(data) > MAX_INPUT_BYTES:
            raise InputError(f"The input is over 5 MB; {expected.too_big}.", ExitStatus.BAD_INPUT)
        return bytes(data)
    return read_file(Path(source), expected)


def read_file(path: Path, expected: Expected) -> bytes:
    """The bytes of a file; a folder, a missing file or an oversized one is refused."""
    if path.is_dir():
        raise InputError(
            f"{path} is a folder; give a text file of the {expected.noun}.", ExitStatus.BAD_INPUT
        )
    if not path.exists():
        raise InputError(f"{path} does not exist; check the file name.", ExitStatus.NOT_FOUND)
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise InputError(f"{path} is over 5 MB; {expected.too_big}.", ExitStatus.BAD_INPUT)
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path} cannot be read: {exc.strerror}.", ExitStatus.BAD_INPUT) from exc


def decode_text(data: bytes, name: str, expected: Expected, allow_empty: bool = False) -> str:
    """Decode UTF-8 text; binary data and (unless allowed) empty text are refused."""
    if b"\x00" in data:
        raise InputError(
            f"{sentence_start(name)} is binary, not text; give the {expected.noun} as plain text.",
            ExitStatus.BAD_INPUT,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{sentence_start(name)} is not UTF-8 text; save it as plain UTF-8 and try again.",
            ExitStatus.BAD_INPUT,
        ) from exc
    if not allow_empty and not text.strip():
        raise InputError(
            f"{sentence_start(name)} is empty; write or paste the {expected.noun}.",
            ExitStatus.BAD_INPUT,
        )
    return text


def read_input(source: str, expected: Expected) -> str:
    """The text of `[FILE|-]`, for commands that read one document: a job ad, a set of notes.

    .md, .pdf and .docx files go through the same extraction as uploads in the web app; text
    without a single word, and text longer than the web app accepts, are refused.
    """
    name = describe(source)
    data = read_source(source, expected)
    if source != "-" and Path(source).suffix.lower() in DOCUMENT_SUFFIXES:
        text = extract_text(Path(source).name, data)
    else:
        text = decode_text(data, name, expected)
    if not _HAS_WORD.search(text):
        raise InputError(
            f"{sentence_start(name)} has no words in it; give the {expected.noun} as text.",
            ExitStatus.BAD_INPUT,
        )
    return check_text_length(text, sentence_start(name))
