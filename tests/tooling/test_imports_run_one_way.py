"""Imports run one way: web and CLI -> services -> core, and the core stays pure Python.

Walks every module's imports (those inside functions too) instead of trusting a convention, so
a new file that reaches back up a layer fails here, named.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "secondround"
# The Django apps by domain, each with its models, forms, views and templates.
APPS = ("asking", "coaching", "dayof", "interviews", "planning", "practice", "salary", "stories")
EDGES = ("secondround.web", "secondround.cli", *(f"secondround.{app}" for app in APPS))
# What the core may not import: Django, the database or settings, and every layer above it.
NOT_IN_CORE = ("django", "secondround.services", "secondround.config", *EDGES)
NOT_IN_SERVICES = ("secondround.web", "secondround.cli")


def imports(path: Path) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module


def offending(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE)}:{line} imports {name}"
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        for line, name in imports(path)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


def test_the_core_imports_no_django_and_nothing_above_it() -> None:
    assert offending("core", NOT_IN_CORE) == []


def test_services_import_neither_the_web_edge_nor_the_command_line() -> None:
    assert offending("services", NOT_IN_SERVICES) == []


def test_the_text_toolkit_imports_no_reader_that_uses_it() -> None:
    # core/text is the one home of text matching: the coach, the job and debrief readers, the
    # planner and the story bank import it, so it importing any of them would be a cycle.
    readers = tuple(
        f"secondround.core.{p.name}" for p in (PACKAGE / "core").iterdir() if p.name != "text"
    )
    allowed = ("secondround.core.datafiles",)
    assert [o for o in offending("core/text", readers) if not o.endswith(allowed)] == []


@pytest.mark.parametrize("forbidden", ["django", "secondround.services", "secondround.cli"])
def test_the_check_sees_an_import_inside_a_function(tmp_path: Path, forbidden: str) -> None:
    module = tmp_path / "sneaky.py"
    module.write_text(f"def later():\n    import {forbidden}.thing\n", encoding="utf-8")
    assert list(imports(module)) == [(2, f"{forbidden}.thing")]
