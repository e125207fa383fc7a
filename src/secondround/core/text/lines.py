"""Lines of the list files the core ships: one entry a line, `#` lines are comments."""

from __future__ import annotations


def list_lines(text: str) -> list[str]:
    """The entries of a list file, stripped: blank lines and `#` comment lines left out."""
    return [
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
