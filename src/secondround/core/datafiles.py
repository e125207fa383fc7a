"""Reading the data files shipped inside the package (`secondround/data/<folder>/`).

Every reader of the core (coach, job reader, debrief reader) reads its files through here, so a
missing or malformed file always fails the same way: with the reader's own error, naming the file.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

from secondround.core.errors import DamagedDataError

# libyaml's loader parses the shipped files about ten times faster than the pure-Python one,
# with the same results (tests/core/test_yaml_loader.py); PyYAML built without it falls back.
LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataFileError(DamagedDataError, RuntimeError):
    """A data file shipped with the package is missing or malformed (a packaging fault)."""


def read_text(folder: str, name: str, error: type[DataFileError] = DataFileError) -> str:
    """The text of `data/<folder>/<name>`; raises `error` naming the file if it cannot be read."""
    try:
        return resources.files("secondround").joinpath("data", folder, name).read_text("utf-8")
    except (FileNotFoundError, OSError, UnicodeDecodeError) as exc:
        raise error(f"The data file {folder}/{name} cannot be read: {exc}") from exc


def parse_yaml(text: str) -> Any:
    """YAML text as plain data (safe: no Python objects), with the fastest safe loader here."""
    return yaml.load(text, Loader=LOADER)


def read_yaml(
    folder: str,
    name: str,
    error: type[DataFileError] = DataFileError,
    version: int | None = None,
) -> dict[str, Any]:
    """A YAML data file holding a mapping (with `version: <version>` when one is asked for)."""
    try:
        data = parse_yaml(read_text(folder, name, error))
    except yaml.YAMLError as exc:
        raise error(f"{name} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise error(f"{name} must hold a mapping.")
    if version is not None and data.get("version") != version:
        raise error(f"{name} must be a mapping with version: {version}.")
    return data
