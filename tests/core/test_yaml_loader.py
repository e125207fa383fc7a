"""The shipped YAML data files read the same with libyaml's fast loader as with PyYAML's own."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

import pytest
import yaml

from secondround.core import datafiles


def yaml_files(folder: Traversable) -> list[Traversable]:
    found = []
    for entry in folder.iterdir():
        if entry.is_dir():
            found.extend(yaml_files(entry))
        elif entry.name.endswith((".yaml", ".yml")):
            found.append(entry)
    return found


FILES = yaml_files(resources.files("secondround").joinpath("data"))


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML here is built without libyaml")
def test_the_fast_loader_is_used_where_present() -> None:
    assert datafiles.LOADER is yaml.CSafeLoader


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML here is built without libyaml")
@pytest.mark.parametrize("file", FILES, ids=lambda f: f.name)
def test_each_data_file_reads_the_same_with_either_loader(file: Traversable) -> None:
    text = file.read_text("utf-8")
    fast = yaml.load(text, Loader=yaml.CSafeLoader)
    assert fast == yaml.load(text, Loader=yaml.SafeLoader)
    assert datafiles.parse_yaml(text) == fast


def test_there_are_data_files_to_compare() -> None:
    assert len(FILES) >= 9
