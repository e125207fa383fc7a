"""`secondround stories …` and `secondround match`: the story bank from the command line.

Each command is a few lines around services/stories.py, so the terminal and the web pages apply the
same checks and say the same thing about bad input.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from secondround.cli.app import app
from secondround.cli.django_setup import setup_django
from secondround.cli.exit_codes import ExitStatus
from secondround.cli.inputs import Expected, read_source
from secondround.cli.output import console, errors, fail, print_json, safe

stories_app = typer.Typer(
    help="Your story bank: STAR stories matched to every question.", no_args_is_help=True
)
app.add_typer(stories_app, name="stories")

_FILE = Expected(
    "stories", "secondround stories import stories.md", "an import file holds stories as text"
)
_ANSWER = Expected("answer", "cat answer.txt | secondround stories add --from -", "shorten it")


def _user() -> Any:
    from secondround.services.users import local_user

    return local_user()


def _find(story_id: int) -> Any:
    from secondround.services.stories import stories_of

    story = stories_of(_user()).filter(pk=story_id).first()
    if story is None:
        fail(
            f"There is no story {story_id}; `secondround stories list` shows them.",
            ExitStatus.NOT_FOUND,
        )
    return story


def _note_once() -> None:
    from secondround.services.stories import semantic_note

    note = semantic_note()
    if note:
        errors.print(f"[dim]{safe(note)}[/]", soft_wrap=True)


def _story_json(story: Any) -> dict[str, Any]:
    from secondround.core.stories import check_story
    from secondround.services.stories import to_core

    core = to_core(story)
    return {"id": story.pk, **core.to_dict(), "check": check_story(core).to_dict()}


@stories_app.command("list")
def list_(as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts.")) -> None:
    """List your stories with their competencies and the coach's score.

    Example: [bold]secondround stories list[/]
    """
    setup_django()
    from secondround.core.competencies import competency_label
    from secondround.services.stories import stories_of

    stories = list(stories_of(_user()))
    if as_json:
        print_json([_story_json(s) for s in stories])
        return
    if not stories:
        console.print(
            "No stories yet: [bold]secondround stories add --title …[/] or import a file."
        )
        return
    table = Table(title=f"{len(stories)} stories")
    table.add_column("ID", justify="right", style="dim")
    table.add_column("Title")
    table.add_column("Competencies (confirmed)")
    table.add_column("Score", justify="right")
    table.add_column("To do")
    for story in stories:
        data = _story_json(story)
        table.add_row(
            str(story.pk),
            safe(story.title),
            ", ".join(competency_label(k) for k in story.competencies) or "[dim]none[/]",
            str(data["check"]["score"]),
            str(len(data["check"]["todo"])),
        )
    console.print(table)


@stories_app.command("show")
def show(
    story_id: int = typer.Argument(..., help="The story's ID (see stories list)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """Show one story, the coach's to-do on it and the competencies its words suggest.

    Example: [bold]secondround stories show 2[/]
    """
    setup_django()
    from secondround.core.stories import suggest_competencies
    from secondround.services.stories import to_core

    story = _find(story_id)
    data = _story_json(story)
    core = to_core(story)
    suggested = [s.to_dict() for s in suggest_competencies(f"{core.title}\n{core.text}")]
    if as_json:
        print_json({**data, "suggested": suggested})
        return
    console.print(f"[bold]{safe(story.title)}[/]")
    where = " · ".join(safe(x) for x in (story.employer, story.role, story.year or "") if x)
    if where:
        console.print(f"[dim]{where}[/]")
    for name in ("situation", "task", "action", "result"):
        text = getattr(story, name)
        console.print(f"[bold]{name.capitalize()}:[/] {safe(text) if text else '[dim]—[/]'}")
    check = data["check"]
    console.print(f"\nCoach score {check['score']} · about {check['seconds']} s to tell")
    for item in check["todo"]:
        console.print(f"  • {safe(item['message'])}")
    if suggested:
        console.print("\n[bold]Its words suggest:[/]")
        for s in suggested:
            mark = " (confirmed)" if s["competency"] in story.competencies else ""
            shown = ", ".join(f"“{safe(e)}”" for e in s["evidence"])
            console.print(f"  {s['label']}{mark}: {shown}")


def _core_from_options(base: dict[str, Any], options: dict[str, Any]) -> Any:
    from secondround.core.stories import Story

    merged = dict(base)
    for key, value in options.items():
        if value is not None:
            merged[key] = value
    return Story(**merged)


_PART_OPTIONS = ("title", "situation", "task", "action", "result", "employer", "role", "metrics")


def _save(base: dict[str, Any], options: dict[str, Any], instance: Any = None) -> Any:
    from secondround.services.stories import save_story

    return save_story(_user(), _core_from_options(base, options), instance=instance)


def _options(
    title: str | None,
    situation: str | None,
    task: str | None,
    action: str | None,
    result: str | None,
    employer: str | None,
    role: str | None,
    year: int | None,
    metrics: str | None,
    competency: list[str] | None,
    tag: list[str] | None,
) -> dict[str, Any]:
    values: dict[str, Any] = dict(
        zip(
            _PART_OPTIONS,
            (title, situation, task, action, result, employer, role, metrics),
            strict=True,
        )
    )
    values["year"] = year
    values["competencies"] = tuple(competency) if competency else None
    values["tags"] = tuple(tag) if tag else None
    return values


_T = typer.Option(None, "--title", help="A name you will remember.")
_S = typer.Option(None, "--situation", "-s", help="Where you were and what was at stake.")
_TA = typer.Option(None, "--task", "-t", help="What you had to achieve.")
_A = typer.Option(None, "--action", "-a", help="What you did yourself.")
_R = typer.Option(None, "--result", "-r", help="What changed, with a number if you have one.")
_E = typer.Option(None, "--employer", help="Where it happened.")
_RO = typer.Option(None, "--role", help="Your role then.")
_Y = typer.Option(None, "--year", min=1950, max=2100, help="When, e.g. 2023.")
_M = typer.Option(None, "--metrics", help="Numbers that show the result.")
_C = typer.Option(None, "--competency", "-c", help="A competency it shows (repeat the option).")
_TG = typer.Option(None, "--tag", help="A free tag (repeat the option).")


@stories_app.command("add")
def add(
    title: str | None = _T,
    situation: str | None = _S,
    task: str | None = _TA,
    action: str | None = _A,
    result: str | None = _R,
    employer: str | None = _E,
    role: str | None = _RO,
    year: int | None = _Y,
    metrics: str | None = _M,
    competency: list[str] | None = _C,
    tag: list[str] | None = _TG,
    from_: str | None = typer.Option(
        None, "--from", help="A whole answer (FILE, or - for stdin) split into the four parts."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the stored story as JSON."),
) -> None:
    """Add a story as four parts, or from a whole answer the coach splits into parts.

    Example: [bold]secondround stories add --title "Supplier went bust" -s "…" -a "…" -r "…"
    -c problem_solving[/]
    """
    setup_django()
    base: dict[str, Any] = {"title": ""}
    if from_ is not None:
        from secondround.cli.inputs import decode_text
        from secondround.services.stories import story_from_answer

        text = decode_text(read_source(from_, _ANSWER), from_, _ANSWER)
        base = story_from_answer(title or "", text).to_dict()
        base.pop("competencies"), base.pop("tags")
    options = _options(
        title, situation, task, action, result, employer, role, year, metrics, competency, tag
    )
    story = _save(base, options)
    if as_json:
        print_json(_story_json(story))
        return
    console.print(f"Saved story {story.pk}: {safe(story.title)}.")
    if not story.competencies:
        console.print(
            f"[dim]Confirm its competencies: secondround stories show {story.pk}, then "
            f"secondround stories edit {story.pk} -c …[/]"
        )


@stories_app.command("edit")
def edit(
    story_id: int = typer.Argument(..., help="The story's ID (see stories list)."),
    title: str | None = _T,
    situation: str | None = _S,
    task: str | None = _TA,
    action: str | None = _A,
    result: str | None = _R,
    employer: str | None = _E,
    role: str | None = _RO,
    year: int | None = _Y,
    metrics: str | None = _M,
    competency: list[str] | None = _C,
    tag: list[str] | None = _TG,
) -> None:
    """Change a story: only the options you give change; -c replaces its competencies.

    Example: [bold]secondround stories edit 2 -c influence -c problem_solving[/]
    """
    setup_django()
    from secondround.services.stories import to_core

    story = _find(story_id)
    base = to_core(story).to_dict()
    options = _options(
        title, situation, task, action, result, employer, role, year, metrics, competency, tag
    )
    if all(v is None for v in options.values()):
        fail("Give at least one option to change, e.g. --result or -c.", ExitStatus.USAGE)
    saved = _save(base, options, instance=story)
    console.print(f"Saved story {saved.pk}: {safe(saved.title)}.")


@stories_app.command("delete")
def delete(
    story_id: int = typer.Argument(..., help="The story's ID (see stories list)."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Delete without asking."),
) -> None:
    """Delete a story for good.

    Example: [bold]secondround stories delete 3 --yes[/]
    """
    setup_django()
    story = _find(story_id)
    if not yes:
        if not sys.stdin.isatty():
            fail("Add --yes to delete without a prompt.", ExitStatus.BAD_INPUT)
        if not typer.confirm(f"Delete the story {story.title!r} for good?"):
            console.print("Nothing deleted.")
            return  # Declining is an answer, not a failure: exit 0.
    title = story.title
    story.delete()
    console.print(f"Deleted the story {safe(title)}.")


@stories_app.command("import")
def import_(
    source: str = typer.Argument(..., help="A Markdown or text file of stories, or - for stdin."),
) -> None:
    """Import stories from a file: `## Title`, then `Situation:`/`Task:`/`Action:`/`Result:`
    lines (or headings) and `Competencies:`. A title already in your bank is updated.

    Example: [bold]secondround stories import stories.md[/]
    """
    setup_django()
    from secondround.services.stories import import_file

    name = "The input" if source == "-" else source
    result = import_file(_user(), read_source(source, _FILE), name)
    console.print(f"Imported {result.created} new and updated {result.updated} stories.")


@stories_app.command("export")
def export(
    target: str = typer.Argument(..., help="The file to write, or - for stdout."),
    as_json: bool = typer.Option(False, "--json", help="Write JSON instead of Markdown."),
) -> None:
    """Export your stories in the import format (or as JSON).

    Example: [bold]secondround stories export stories.md[/]
    """
    setup_django()
    from secondround.services.stories import export_stories, export_text

    user = _user()
    text = (
        json.dumps(export_stories(user), indent=2, ensure_ascii=False) + "\n"
        if as_json
        else export_text(user)
    )
    if target == "-":
        typer.echo(text, nl=False)
        return
    path = Path(target)
    if path.is_dir():
        fail(f"{path} is a folder; give a file name such as stories.md.", ExitStatus.BAD_INPUT)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"{path} cannot be written: {exc.strerror}.", ExitStatus.BAD_INPUT)
    console.print(f"Wrote your stories to {safe(path)}.")


@stories_app.command("coverage")
def coverage(
    interview_id: int = typer.Argument(..., help="The interview's ID (see interview list)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """The job's competencies against your stories, with what to adapt where you have too few.

    Example: [bold]secondround stories coverage 1[/]
    """
    setup_django()
    from secondround.cli.interviews import find_interview
    from secondround.services.stories import coverage_for

    interview = find_interview(interview_id)
    grid = coverage_for(_user(), interview)
    if as_json:
        print_json({"interview": interview.pk, **grid.to_dict()})
        return
    if not grid.stories:
        console.print("Your story bank is empty: add stories first (secondround stories add).")
    table = Table(title=f"Stories for {safe(interview.company)} — {safe(interview.role)}")
    table.add_column("Competency")
    table.add_column("Weight", justify="center")
    for story in grid.stories:
        table.add_column(f"{story.key}", justify="center", header_style="bold")
    marks = {"strong": "[green]██[/]", "some": "[yellow]▒▒[/]", "none": "[dim]··[/]"}
    for row in grid.rows:
        label = f"[red]{row.label}[/]" if row.flagged else row.label
        table.add_row(label, "●" * row.need.weight, *(marks[c.level] for c in row.cells))
    console.print(table)
    if grid.stories:
        console.print(
            "[green]██[/] shows it (confirmed)  [yellow]▒▒[/] may show it  [dim]··[/] not at all"
        )
        for story in grid.stories:
            console.print(f"  [dim]{story.key}[/] {safe(story.title)}")
    for row in grid.flagged:
        advice = row.advice
        adapt = (
            f"adapt {advice.story.key} ({safe(advice.story.title)}): "
            if advice and advice.story
            else ""
        )
        console.print(
            f"[red]•[/] {row.label}: {row.stories} of 2 stories — {adapt}"
            f"{safe(advice.add) if advice else ''}"
        )


@app.command("match")
def match(
    question: str = typer.Argument(..., help="The question, in quotes."),
    limit: int = typer.Option(5, "--limit", "-n", min=1, max=50, help="At most this many."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """The stories that fit a question best, each with the reasons.

    Example: [bold]secondround match "Tell me about a time you disagreed with your manager."[/]
    JSON: [{"story": id, "title", "score", "reasons": [...]}].
    """
    if not question.strip():
        fail('Give the question in quotes, e.g. secondround match "Tell me…".', ExitStatus.USAGE)
    setup_django()
    from secondround.core.competencies import competency_label
    from secondround.services.stories import match as match_stories

    info, matches = match_stories(_user(), question, limit)
    if as_json:
        print_json([m.to_dict() for m in matches])
        return
    _note_once()
    if info.competency:
        console.print(
            f"[dim]{competency_label(info.competency)} — {safe(info.evidence)}[/]", soft_wrap=True
        )
    if not matches:
        console.print("No story fits this question yet.")
        return
    for m in matches:
        console.print(f"[bold]{m.score:>3}[/]  {m.story.key}  {safe(m.story.title)}")
        for reason in m.reasons:
            console.print(f"       [dim]{safe(reason)}[/]")
