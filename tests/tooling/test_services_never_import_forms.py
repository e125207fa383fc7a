"""Services hold no form logic: no module under services/ imports Django forms or an app's
forms, so pages and commands share the services while each edge keeps its own forms."""

from __future__ import annotations

import ast
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[2] / "src" / "secondround" / "services"


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
    return names


def test_no_service_imports_forms() -> None:
    offenders = {
        f"{path.name}: {name}"
        for path in sorted(SERVICES.glob("*.py"))
        for name in _imports(path)
        if name == "django.forms" or name.startswith("django.forms.") or name.endswith(".forms")
    }
    assert not offenders, sorted(offenders)


def test_the_check_sees_the_services() -> None:
    assert len(list(SERVICES.glob("*.py"))) > 10
