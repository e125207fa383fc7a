"""Names and notes holding Rich markup or terminal escape codes are printed as typed, never
interpreted: no crash, no traceback after saving, no colours or screen clears smuggled in."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from secondround.cli.output import plain, safe
from secondround.interviews.models import Interview

COMPANY = "Acme [/] [bold red]Corp"
PERSON = "Ann [/i]\x1b[2J\x1b]0;pwned\x07Lee"
JOB = "We need [link=file:///etc/passwd]an analyst[/link] with [/] habits. " * 5


@pytest.fixture
def added(cli: Callable[..., Any]) -> Any:
    result = cli(
        "interview", "add", "--company", COMPANY, "--role", "Analyst [/]",
        "--person", f"{PERSON}, line manager", "--job-text", JOB,
        "--date", "2030-05-01", "--time", "10:00",
    )  # fmt: skip
    return result


def test_interview_add_prints_a_markup_name_without_a_traceback(added: Any) -> None:
    assert added.code == 0, added.err
    assert "Acme [/] [bold red]Corp" in added.out
    assert Interview.objects.count() == 1


@pytest.mark.parametrize(
    "args",
    [("interview", "list"), ("interview", "show", "{id}"), ("plan", "{id}", "--count", "5")],
)
def test_commands_print_markup_names_as_typed(
    added: Any, cli: Callable[..., Any], args: tuple[str, ...]
) -> None:
    interview = Interview.objects.get()
    result = cli(*(a.format(id=interview.pk) for a in args))
    assert result.code == 0, result.err
    assert "Traceback" not in result.err
    assert "[/]" in result.out
    assert "\x1b" not in result.out


def test_show_strips_terminal_escape_codes_from_a_name(added: Any, cli: Callable[..., Any]) -> None:
    result = cli("interview", "show", str(Interview.objects.get().pk))
    assert "Ann [/i]" in result.out and "Lee" in result.out
    assert "\x1b" not in result.out and "\x07" not in result.out and "pwned" not in result.out


def test_practice_prints_a_markup_name_and_stops_cleanly(
    cli: Callable[..., Any], added: Any
) -> None:
    interview = Interview.objects.get()
    code, out, err = cli("practice", str(interview.pk), "--length", "3", stdin=b"")
    assert code == 0, err
    assert "Acme [/] [bold red]Corp" in out


def test_json_output_keeps_the_text_but_escapes_control_characters(
    added: Any, cli: Callable[..., Any]
) -> None:
    result = cli("interview", "show", str(Interview.objects.get().pk), "--json")
    assert "\x1b" not in result.out
    assert json.loads(result.out)["people"][0]["name"] == PERSON


def test_the_helpers_strip_escape_sequences_and_escape_markup() -> None:
    assert plain("a\x1b[31mred\x1b[0m\x9b2Jb\x07\r\n") == "aredb\n"
    assert plain("tab\tand\nnewline stay") == "tab\tand\nnewline stay"
    assert safe("[/] [bold]x") == "\\[/] \\[bold]x"
