"""`secondround questions list` and `secondround plan INTERVIEW`: the bank, and what to practise."""

from __future__ import annotations

from typing import Any

import typer
from rich.table import Table

from secondround.cli.app import app
from secondround.cli.django_setup import setup_django
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import console, fail, print_json, safe
from secondround.core.competencies import COMPETENCIES, competency_key, competency_label
from secondround.core.questions import KINDS, ROLES, STYLES, load_bank

questions_app = typer.Typer(help="The bank of second-round questions.", no_args_is_help=True)
app.add_typer(questions_app, name="questions")


@questions_app.command("list")
def list_(
    competency: str = typer.Option(
        "", "--competency", "-c", help="Only this competency, e.g. time_management."
    ),
    kind: str = typer.Option("", "--kind", help="Only this kind, e.g. salary or loose_ends."),
    asked_by: str = typer.Option(
        "", "--asked-by", help="Only questions this interviewer role tends to ask, e.g. hr."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """List the questions of the bank, with their competency, style, who asks and probes.

    Example: [bold]secondround questions list --competency teamwork[/]
    """
    if competency:
        key = competency_key(competency)
        if key is None:
            fail(
                f"{competency!r} is not a competency; choose one of {', '.join(COMPETENCIES)}.",
                ExitStatus.USAGE,
            )
        competency = key
    if kind and kind not in KINDS:
        fail(f"{kind!r} is not a kind; choose one of {', '.join(KINDS)}.", ExitStatus.USAGE)
    if asked_by and asked_by not in ROLES:
        fail(f"{asked_by!r} is not a role; choose one of {', '.join(ROLES)}.", ExitStatus.USAGE)
    questions = [
        q
        for q in load_bank()
        if (not competency or q.competency == competency)
        and (not kind or q.kind == kind)
        and (not asked_by or asked_by in q.asked_by)
    ]
    if as_json:
        print_json([q.to_dict() for q in questions])
        return
    table = Table(title=f"{len(questions)} questions")
    table.add_column("ID", style="dim", no_wrap=True)
    table.add_column("Question")
    table.add_column("Competency or kind")
    table.add_column("Style")
    table.add_column("Asked by")
    table.add_column("Level", justify="right")
    for q in questions:
        table.add_row(
            q.id,
            safe(q.text) + "".join(f"\n  [dim]↳ {safe(p)}[/]" for p in q.probes),
            competency_label(q.competency) if q.competency else KINDS[q.kind],
            STYLES[q.style],
            ", ".join(ROLES[r] for r in q.asked_by),
            str(q.difficulty),
        )
    console.print(table)


@app.command()
def plan(
    interview_id: int = typer.Argument(..., help="The interview's ID (see interview list)."),
    count: int | None = typer.Option(
        None, "--count", "-n", min=1, max=100, help="At most this many questions."
    ),
    asked_by: str = typer.Option(
        "", "--asked-by", help="Only for this interviewer role, e.g. senior_executive."
    ),
    include_mastered: bool = typer.Option(
        False, "--include-mastered", help="Keep competencies you have mastered in dry runs."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """The questions to practise for an interview, each with the reason it was picked.

    Example: [bold]secondround plan 1 --count 10[/]
    """
    if asked_by and asked_by not in ROLES:
        fail(f"{asked_by!r} is not a role; choose one of {', '.join(ROLES)}.", ExitStatus.USAGE)
    setup_django()
    from secondround.cli.interviews import find_interview
    from secondround.services.planning import read_interview
    from secondround.services.practice import mastered_competencies
    from secondround.services.users import local_user

    interview = find_interview(interview_id)
    reading = read_interview(
        interview,
        count=count,
        asked_by=asked_by or None,
        mastered=mastered_competencies(local_user(), interview),
        include_mastered=include_mastered,
    )
    stories = _assigned_stories(interview, reading.plan.to_dict()["questions"])
    if as_json:
        plan_data = reading.plan.to_dict()
        for question, assigned in zip(plan_data["questions"], stories, strict=True):
            question["story"] = assigned
        print_json(
            {
                "interview": interview.pk,
                **plan_data,
                "job": reading.job.to_dict(),
                "concerns": [
                    {"text": c.text, "competency": c.competency} for c in reading.concerns
                ],
            }
        )
        return
    console.print(f"[bold]Plan for {safe(interview.company)} — {safe(interview.role)}[/]")
    for key, score in reading.plan.mastered_left_out.items():
        console.print(
            f"[dim]Left out {competency_label(key)}: you average {round(score)} in recent dry "
            "runs (use --include-mastered to keep it).[/]"
        )
    table = Table(show_lines=True)
    table.add_column("#", justify="right")
    table.add_column("Question")
    table.add_column("Why")
    table.add_column("Who may ask")
    table.add_column("Your story")
    for number, planned in enumerate(reading.plan.questions, start=1):
        q = planned.question
        topic = competency_label(q.competency) if q.competency else KINDS[q.kind]
        who = planned.for_person or (ROLES[planned.for_role] if planned.for_role else "—")
        story = stories[number - 1]
        table.add_row(
            str(number),
            f"{safe(q.text)}\n[dim]{topic} · {STYLES[q.style]}[/]",
            safe(planned.reason),
            safe(who),
            safe(f"{story['story']}: {story['title']}") if story["story"] else "[dim]—[/]",
        )
    console.print(table)


def _assigned_stories(interview: Any, questions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each question's story from the bank ({"story": id or None, "title", "score", "reasons"})."""
    from secondround.services.stories import assign_for_questions
    from secondround.services.users import local_user

    return [a.to_dict() for a in assign_for_questions(local_user(), interview, questions)]
