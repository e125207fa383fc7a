"""`secondround practice INTERVIEW`: a dry run in the terminal, stored like one in the browser."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import typer
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from secondround.cli.app import app
from secondround.cli.coach import show
from secondround.cli.django_setup import setup_django
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import console, fail, plain, safe
from secondround.cli.voice import say_aloud, spoken_answer
from secondround.core.coach import Feedback
from secondround.core.competencies import competency_label
from secondround.core.questions import KINDS, ROLES
from secondround.core.roles import role_keys_help

# An answer ends at a line holding only this, so pasted paragraphs (and their blank lines) stay
# one answer; mail and many REPLs end multi-line input the same way.
END_OF_ANSWER = "."


def read_answer() -> str:
    """Read one answer: every line, blank ones included, up to a line holding only a full stop
    (or the end of input). Blank lines before the answer starts are skipped."""
    lines: list[str] = []
    for line in sys.stdin:
        text = line.rstrip("\r\n")
        if text.strip() == END_OF_ANSWER:
            break
        if lines or text.strip():
            lines.append(text)
    return "\n".join(lines).strip()


@app.command()
def practice(
    interview_id: int = typer.Argument(..., help="The interview's ID (see interview list)."),
    length: int = typer.Option(5, help="How many questions: 3, 5, 10 or 15."),
    asked_by: str = typer.Option("", help=f"Who is asking: {role_keys_help()}."),
    resume: bool = typer.Option(
        False, "--resume", help="Carry on with this interview's unfinished dry run."
    ),
    speak: bool = typer.Option(
        False,
        "--speak",
        help="Read each question aloud (offline voice) and take @FILE as a recorded answer.",
    ),
) -> None:
    """A dry run in the terminal: each question, your answer, instant feedback, a report.

    Type or paste each answer (blank lines between paragraphs are fine) and finish it with a
    line holding only a full stop. Ctrl+D, or a full stop before any answer, stops the dry run;
    answers so far are kept.
    With --speak each question is read aloud, and an answer may be a recording: type
    @answer.m4a on its own line (then the full stop) and it is transcribed offline.
    Example: [bold]secondround practice 1 --length 5 --asked-by line_manager[/]
    """
    if asked_by and asked_by not in ROLES:
        fail(f"{asked_by!r} is not a role; choose one of {', '.join(ROLES)}.", ExitStatus.USAGE)
    setup_django()
    from secondround.cli.interviews import find_interview
    from secondround.services import practice as service
    from secondround.services.users import local_user

    user = local_user()
    interview = find_interview(interview_id)
    session = service.unfinished_session(user, interview) if resume else None
    if resume and session is None:
        fail(f"Interview {interview_id} has no unfinished dry run to resume.", ExitStatus.NOT_FOUND)
    if session is None:
        session = service.start_session(user, interview, length, asked_by)
    length = len(session.plan)
    console.print(
        f"Dry run {session.pk} for {safe(interview)}: {length} questions. "
        "Finish each answer with a line holding only a full stop (.); Ctrl+D stops "
        "(answers so far are kept).",
        highlight=False,
    )
    while (step := service.next_step(session)) is not None:
        title = "Follow-up" if step.is_probe else f"Question {step.number} of {len(session.plan)}"
        # Probes stored before they were plain text carry Markdown asterisks ("*you*").
        prompt = step.prompt.replace("*", "") if step.is_probe else step.prompt
        console.print(Panel(Text(plain(prompt)), title=title, border_style="cyan"))
        story = step.question.get("story") or {}
        if story.get("title") and not step.is_probe:
            console.print(f"[dim]Your story for this question: {safe(story['title'])}[/]")
        if speak:
            say_aloud(prompt)
        started = time.monotonic()
        text = read_answer()
        duration = time.monotonic() - started
        while speak and text.strip().startswith("@"):
            heard = spoken_answer(Path(text.strip()[1:].strip()).expanduser())
            if heard is not None:
                text, duration = heard
                break
            text = read_answer()
        if not text.strip():
            console.print(
                f"Stopped; your answers are kept. Carry on with: secondround practice "
                f"{interview.pk} --resume (or in the browser, under Progress)."
            )
            raise typer.Exit(int(ExitStatus.OK))
        answer = service.record_answer(session, step.position, step.is_probe, text, duration)
        # The same report as `secondround coach`; the follow-up is asked as the next step.
        show(Feedback.from_dict(answer.feedback), with_probe=False)
    show_report(service.report(session))


def show_report(summary: Any) -> None:
    """The report of a dry run: each question's first answer and its score with the follow-up,
    the same numbers as the web report."""
    overall = summary.overall
    table = Table(
        title=f"Dry run {summary.session.pk}: first answers {overall.first}/100, "
        f"with follow-ups {overall.with_follow_up}/100",
        caption="First answer: what an interviewer heard. With follow-up: your answer and its "
        "follow-up, coached together.",
    )
    table.add_column("#")
    table.add_column("Question")
    table.add_column("First answer", justify="right")
    table.add_column("With follow-up", justify="right")
    for question in summary.questions:
        pair = question.scores
        table.add_row(
            str(question.position + 1),
            Text(plain(question.question["text"])),
            str(pair.first) if pair else "—",
            str(pair.with_follow_up) if pair else "—",
        )
    console.print(table)
    groups = [
        *((competency_label(key), pair) for key, pair in summary.by_competency.items()),
        *(
            (f"{KINDS.get(key, key)} (not a competency)", pair)
            for key, pair in summary.by_kind.items()
        ),
    ]
    if groups:
        by = Table(title="By competency or kind of question")
        by.add_column("")
        by.add_column("First answer", justify="right")
        by.add_column("With follow-up", justify="right")
        for name, pair in groups:
            by.add_row(name, str(pair.first), str(pair.with_follow_up))
        console.print(by)
