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
from secondround.cli.inputs import (
    JOB,
    Expected,
    InputError,
    decode_text,
    describe,
    read_input,
    read_source,
    sentence_start,
)
from secondround.cli.output import console, fail, plain, print_json, safe
from secondround.core.coach import KIND_NAMES, PART_NAMES, Feedback, analyse_answer

STAR_STYLES = {"S": "blue", "T": "magenta", "A": "green", "R": "dark_orange", "O": "grey50"}


ANSWER = Expected(
    noun="answer",
    example="secondround coach answer.txt",
    too_big="coach one answer at a time",
)


@app.command()
def coach(
    source: str = typer.Argument(
        "-", metavar="[FILE|-]", help="The answer's text file, or - for stdin."
    ),
    question: str = typer.Option("", "--question", "-q", help="The question that was asked."),
    job: Path | None = typer.Option(
        None,
        "--job",
        help="The job advert (.txt, .md, .pdf or .docx), to check relevance to the job.",
    ),
    duration: float | None = typer.Option(
        None, "--duration", min=0.0, help="Measured speaking time in seconds, if it was spoken."
    ),
    as_json: bool = typer.Option(
        False, "--json", help="Print the result as JSON (see docs/coach.md)."
    ),
    audio: Path | None = typer.Option(
        None,
        "--audio",
        help="A recording of the answer (.wav, .mp3, .m4a, .webm, .ogg), transcribed offline.",
    ),
    model: str = typer.Option(
        "", "--model", help="Speech model for --audio: base (the default) or tiny.en."
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
    or [bold]secondround coach --audio answer.m4a -q "Why this role?"[/]
    """
    if audio is not None:
        _coach_audio(audio, question, job, as_json, model)
        return
    raw = read_source(source, ANSWER)
    if job is not None and str(job) == "-":
        raise InputError(
            "Give --job a file: the standard input carries the answer.", ExitStatus.USAGE
        )
    # The advert is read as `job analyse` reads it: documents too, and the same limits.
    job_text = read_input(str(job), JOB) if job is not None else None
    if jsonl:
        _run_batch(raw, source, job_text)
        return
    text = decode_text(raw, describe(source), ANSWER)
    feedback = analyse_answer(text, question=question or None, job=job_text, duration_s=duration)
    if not feedback.sentences:
        fail(
            f"{sentence_start(describe(source))} holds no answer to coach: it has no words.",
            ExitStatus.BAD_INPUT,
        )
    if as_json:
        print_json(feedback.to_dict())
    else:
        show(feedback)


def _coach_audio(audio: Path, question: str, job: Path | None, as_json: bool, model: str) -> None:
    # Imported here: the speech code is only loaded when a recording is given.
    from secondround.cli.voice import coach_spoken

    # The advert is read as `job analyse` reads it: documents too, and the same limits.
    job_text = read_input(str(job), JOB) if job is not None else None
    coach_spoken(audio, question, job_text, as_json, model)


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


def show(feedback: Feedback, with_probe: bool = True) -> None:
    """The readable report: the answer with its parts coloured, the scores, the remarks, and
    (unless the caller asks it itself, as a dry run does) the interviewer's follow-up."""
    text = Text()
    for sentence in feedback.sentences:
        style = STAR_STYLES[sentence.star]
        text.append(f"{sentence.index + 1:>2} {sentence.star} ", style=f"bold {style}")
        text.append(plain(sentence.text) + "\n", style=style)
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
    kind = feedback.question_kind
    console.print(
        Text(
            plain(
                f"Question kind: {KIND_NAMES.get(feedback.kind, feedback.kind)} "
                f"({kind['evidence']})"
            )
        )
    )
    if feedback.strengths:
        console.print("\n[bold]What works[/]")
        for strength in feedback.strengths:
            console.print(Text(plain(f"  + {strength}")))
    if feedback.top_three:
        console.print("\n[bold]Top three to work on[/]")
        for number, remark in enumerate(feedback.top_three, start=1):
            console.print(Text(plain(f"  {number}. {remark.message}")))
    if feedback.remarks:
        console.print("\n[bold]What to fix[/]")
        for remark in feedback.remarks:
            where = f"sentence {remark.sentence + 1}: " if remark.sentence is not None else ""
            line = Text("  • ")
            line.append(where, style="bold")
            line.append(plain(remark.message))
            console.print(line)
    if feedback.probe and with_probe:
        console.print(f"\n[bold]An interviewer would ask:[/] {safe(feedback.probe)}")


def _run_batch(raw: bytes, source: str, job: str | None) -> None:
    content = decode_text(raw, describe(source), ANSWER, allow_empty=True)
    lines = [line for line in content.splitlines() if line.strip()]
    if not lines:
        fail(
            f"{sentence_start(describe(source))} holds no JSON lines to coach.",
            ExitStatus.NOTHING_TO_DO,
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
