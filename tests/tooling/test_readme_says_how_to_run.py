"""The README's examples use `secondround`, which `make run` does not put on PATH: the README
says how to run it, and how to choose the port."""

from __future__ import annotations

from pathlib import Path

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_it_says_where_the_command_is_and_how_to_activate_it() -> None:
    assert "`.venv/bin/secondround`" in README
    assert "source .venv/bin/activate" in README
    assert "not on your `PATH`" in README


def test_it_says_how_to_choose_the_port() -> None:
    assert "make run PORT=8123" in README


def test_it_documents_the_screenshots_command() -> None:
    assert "make screenshots" in README
