"""User text reaches the terminal through one pair of helpers, `cli/output.py`'s `safe` and
`plain`: no command module keeps an escaping pattern of its own."""

from __future__ import annotations

from pathlib import Path

CLI = Path(__file__).resolve().parents[2] / "src" / "secondround" / "cli"


def test_only_cli_output_holds_a_terminal_escape_pattern() -> None:
    holders = sorted(
        path.name
        for path in CLI.glob("*.py")
        if r"\x1b" in path.read_text("utf-8") and path.name != "output.py"
    )
    assert holders == []


def test_no_command_escapes_rich_markup_itself() -> None:
    holders = sorted(
        path.name
        for path in CLI.glob("*.py")
        if "from rich.markup import escape" in path.read_text("utf-8") and path.name != "output.py"
    )
    assert holders == []
