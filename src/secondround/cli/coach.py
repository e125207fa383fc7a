"""`secondround coach`: feedback on one answer, or on a batch of answers as JSON lines."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from secondround.cli.app import app
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import console, fail, print_json
from secondround.core.coach import PART_NAMES, Feedback, analyse_answer

STAR_STYLES = {"S": "blue", "T": "magenta", "A": "green", "R": "dark_orange", "O": "grey50"}
MAX_INPUT_BYTES = 5_000_000


class InputError(Exception):
    """The input cannot be coached; the message says why in one sentence."""

    def __init__(self, message: str, status: ExitStatus) -> None:
        super().__init__(message)
        self.status = status


@app.command()
def coach(
    source: str = typer.Argument(
        "-", metavar="[FILE|-]", help="The answer's text file, or - for stdin."
    ),
    question: str = typer.Option("", "--question", "-q", help="The question that was asked."),
    job: Path | None = typer.Option(
        None, "--job", help="A text file with the job description, to check relevance to the job."
    ),
    duration: float | None = typer.Option(
        None, "--duration", min=0.0, help="Measured speaking time in seconds, if it was spoken."
    ),
    as_json: bool = typer.Option(
        False, "--json", help="Print the result as JSON (see docs/coach.md)."
    ),
    jsonl: bool = typer.Option(
        False,
        "--jsonl",
        help='Batch: one {"id", "answer", "question"} object per line in, one result per line out.',
    ),
) -> None:
    """Coach an answer: STAR parts sentence by sentence, scores and what to fix.

    Example: [bold]secondround coach answer.txt --question "Tell me about a time you led a team."[/]
    or [bold]cat answers.jsonl | secondround coach --jsonl -[/]
    """
    try:
        raw = _read_source(source)
        job_text = _read_text(_read_file(job), str(job)) if job is not None else None
    except InputError as exc:
        fail(str(exc), exc.status)
    if jsonl:
        _run_batch(raw, source, job_text)
        return
    try:
        text = _read_text(raw, _name(source))
    except InputError as exc:
        fail(str(exc), exc.status)
    feedback = analyse_answer(text, question=question or None, job=job_text, duration_s=duration)
    if not feedback.sentences:
        fail(
            f"{_name(source).capitalize()} holds no answer to coach: it has no words.",
            ExitStatus.BAD_INPUT,
        )
    if as_json:
        print_json(feedback.to_dict())
    else:
        show(feedback)


def coach_record(record: Any, job: str | None = None) -> dict[str, Any]:
    """The JSON result for one batch record, or {"id", "error"} if the record cannot be coached."""
    if not isinstance(record, dict):
        return {"id": None, "error": 'Each line must be a JSON object with an "answer".'}
    ident = record.get("id")
    answer = record.get("answer")
    question = record.get("question")
    if not isinstance(answer, str):
        return {"id": ident, "error": 'The "answer" field is missing or is not text.'}
    if question is not None and not isinstance(question, str):
        return {"id": ident, "error": 'The "question" field must be text.'}
    duration = record.get("duration_s")
    if isinstance(duration, bool) or not isinstance(duration, int | float | None):
        return {"id": ident, "error": 'The "duration_s" field must be a number of seconds.'}
    feedback = analyse_answer(
        answer, question=question or None, job=record.get("job") or job, duration_s=duration
    )
    if not feedback.sentences:
        return {"id": ident, "error": "The answer is empty: it has no words to coach."}
    return {"id": ident, **feedback.to_dict()}


def show(feedback: Feedback) -> None:
    """The readable report: the answer with its parts coloured, the scores, the remarks."""
    text = Text()
    for sentence in feedback.sentences:
        style = STAR_STYLES[sentence.star]
        text.append(f"{sentence.index + 1:>2} {sentence.star} ", style=f"bold {style}")
        text.append(sentence.text + "\n", style=style)
    legend = "  ".join(f"{p} {PART_NAMES[p]}" for p in STAR_STYLES)
    console.print(Panel(text, title=f"Overall {feedback.scores.overall}/100", subtitle=legend))
    scores = Table(show_header=False, box=None, padding=(0, 2))
    for name, value in feedback.scores.to_dict().items():
        if name != "overall":
            scores.add_row(name.capitalize(), f"{value:>3}", "█" * (value // 10))
    console.print(scores)
    shares = "  ".join(
        f"{PART_NAMES[p]} {round(100 * v)}%" for p, v in feedback.proportions.items() if v
    )
    length = feedback.length
    console.print(f"Parts: {shares}")
    console.print(
        f"Length: {length.words} words, about {round(length.seconds)} s ({length.verdict})"
    )
    if feedback.remarks:
        console.print("\n[bold]What to fix[/]")
        for remark in feedback.remarks:
            where = f"sentence {remark.sentence + 1}: " if remark.sentence is not None else ""
            line = Text("  • ")
            line.append(where, style="bold")
            line.append(remark.message)
            console.print(line)
    if feedback.probe:
        console.print(f"\n[bold]An interviewer would ask:[/] {feedback.probe}")


def _run_batch(raw: bytes, source: str, job: str | None) -> None:
    try:
        content = _read_text(raw, _name(source), allow_empty=True)
    except InputError as exc:
        fail(str(exc), exc.status)
    lines = [line for line in content.splitlines() if line.strip()]
    if not lines:
        fail(
            f"{_name(source).capitalize()} holds no JSON lines to coach.", ExitStatus.NOTHING_TO_DO
        )
    for number, line in enumerate(lines, start=1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            result: dict[str, Any] = {"id": None, "error": f"Line {number} is not JSON: {exc.msg}."}
        else:
            result = coach_record(record, job)
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()


def _name(source: str) -> str:
    return "the input" if source == "-" else source


def _read_source(source: str) -> bytes:
    if source == "-":
        stdin: Any = sys.stdin
        if stdin is None or (hasattr(stdin, "isatty") and stdin.isatty()):
            raise InputError(
                "Give a file, or pipe the answer in: secondround coach answer.txt", ExitStatus.USAGE
            )
        buffer = getattr(stdin, "buffer", None)
        data = buffer.read(MAX_INPUT_BYTES + 1) if buffer is not None else stdin.read().encode()
        if len(data) > MAX_INPUT_BYTES:
            raise InputError(
                "The input is over 5 MB; coach one answer at a time.", ExitStatus.BAD_INPUT
            )
        return bytes(data)
    return _read_file(Path(source))


def _read_file(path: Path) -> bytes:
    if path.is_dir():
        raise InputError(f"{path} is a folder; give the answer's text file.", ExitStatus.BAD_INPUT)
    if not path.exists():
        raise InputError(f"{path} does not exist; check the file name.", ExitStatus.NOT_FOUND)
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise InputError(
                f"{path} is over 5 MB; coach one answer at a time.", ExitStatus.BAD_INPUT
            )
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path} cannot be read: {exc.strerror}.", ExitStatus.BAD_INPUT) from exc


def _read_text(data: bytes, name: str, allow_empty: bool = False) -> str:
    """Decode UTF-8 text; binary data and empty answers are refused with a clear sentence."""
    if b"\x00" in data:
        raise InputError(
            f"{name.capitalize()} is binary, not text; give a plain-text answer.",
            ExitStatus.BAD_INPUT,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name.capitalize()} is not UTF-8 text; save it as plain UTF-8 and try again.",
            ExitStatus.BAD_INPUT,
        ) from exc
    if not allow_empty and not text.strip():
        raise InputError(
            f"{name.capitalize()} is empty; write or paste an answer.", ExitStatus.BAD_INPUT
        )
    return text
