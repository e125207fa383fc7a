"""`secondround practice INTERVIEW`: a dry run in the terminal, stored like one in the browser."""

from __future__ import annotations

import sys
import time
from typing import Any

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from secondround.cli.app import app
from secondround.cli.coach import STAR_STYLES
from secondround.cli.django_setup import setup_django
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import console, fail
from secondround.core.questions import ROLES


def read_answer() -> str:
    """Read lines until an empty line (or end of input): answers often span several lines."""
    lines: list[str] = []
    for line in sys.stdin:
        if not line.strip():
            if lines:
                break
            continue
        lines.append(line.rstrip("\n"))
    return "\n".join(lines)


def show_feedback(feedback: dict[str, Any]) -> None:
    text = Text()
    for sentence in feedback.get("sentences", []):
        star = sentence.get("star", "O")
        text.append(f"[{star}] ", style=f"bold {STAR_STYLES.get(star, 'white')}")
        text.append(sentence["text"] + "\n", style=STAR_STYLES.get(star, "white"))
    console.print(Panel(text, title=f"Overall {feedback['scores']['overall']}/100"))
    scores = Table(show_header=False, box=None)
    for name, value in feedback["scores"].items():
        if name != "overall":
            scores.add_row(name.capitalize(), str(value))
    console.print(scores)
    for remark in feedback.get("remarks", [])[:6]:
        where = f"sentence {remark['sentence'] + 1}: " if remark.get("sentence") is not None else ""
        console.print(f"  • {where}{remark['message']}")


@app.command()
def practice(
    interview_id: int = typer.Argument(..., help="The interview's ID (see interview list)."),
    length: int = typer.Option(5, help="How many questions: 3, 5, 10 or 15."),
    asked_by: str = typer.Option(
        "", help="Who is asking: line_manager, senior_executive, team_member, current_holder, hr."
    ),
    resume: bool = typer.Option(
        False, "--resume", help="Carry on with this interview's unfinished dry run."
    ),
) -> None:
    """A dry run in the terminal: each question, your answer, instant feedback, a report.

    Type or paste each answer and finish it with an empty line.
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
        try:
            session = service.start_session(user, interview, length, asked_by)
        except service.PracticeError as exc:
            fail(str(exc), ExitStatus.BAD_INPUT)
    length = len(session.plan)
    console.print(
        f"Dry run {session.pk} for {interview}: {length} questions. "
        "Finish each answer with an empty line; Ctrl+D stops (answers so far are kept)."
    )
    while (step := service.next_step(session)) is not None:
        title = "Follow-up" if step.is_probe else f"Question {step.number} of {len(session.plan)}"
        console.print(Panel(step.prompt, title=title, border_style="cyan"))
        story = step.question.get("story") or {}
        if story.get("title") and not step.is_probe:
            console.print(f"[dim]Your story for this question: {escape(story['title'])}[/]")
        started = time.monotonic()
        text = read_answer()
        if not text.strip():
            console.print(
                f"Stopped; your answers are kept. Carry on with: secondround practice "
                f"{interview.pk} --resume (or in the browser, under Progress)."
            )
            raise typer.Exit(int(ExitStatus.OK))
        answer = service.record_answer(
            session, step.position, step.is_probe, text, time.monotonic() - started
        )
        show_feedback(answer.feedback)
    summary = service.report(session)
    table = Table(title=f"Dry run {session.pk}: overall {summary.overall}/100")
    table.add_column("#")
    table.add_column("Question")
    table.add_column("Score", justify="right")
    for question in summary.questions:
        table.add_row(
            str(question.position + 1),
            question.question["text"],
            str(question.overall if question.overall is not None else "—"),
        )
    console.print(table)
