"""Parsing every YAML data file shipped with the package: libyaml's loader against PyYAML's own.

    .venv/bin/python benchmarks/yaml_load.py [--runs 5]

Reports the median time to parse all of them once, with each loader, and checks the results
are identical. The core uses the C loader where PyYAML has it (core/datafiles.py).
"""

from __future__ import annotations

import argparse
import statistics
import time
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml


def yaml_texts(folder: Traversable) -> list[str]:
    texts = []
    for entry in folder.iterdir():
        if entry.is_dir():
            texts.extend(yaml_texts(entry))
        elif entry.name.endswith(".yaml"):
            texts.append(entry.read_text("utf-8"))
    return texts


def parse_all(texts: list[str], loader: Any, runs: int) -> tuple[float, list[Any]]:
    times = []
    parsed: list[Any] = []
    for _ in range(runs):
        started = time.perf_counter()
        parsed = [yaml.load(text, Loader=loader) for text in texts]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), parsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    texts = yaml_texts(resources.files("secondround").joinpath("data"))
    size = sum(len(t) for t in texts) / 1000
    slow, expected = parse_all(texts, yaml.SafeLoader, args.runs)
    print(f"{len(texts)} YAML files, {size:.0f} kB")
    print(f"PyYAML SafeLoader:   median {slow:7.1f} ms")
    if not yaml.__with_libyaml__:
        print("libyaml is not available here: the core uses SafeLoader")
        return 0
    fast, found = parse_all(texts, yaml.CSafeLoader, args.runs)
    print(f"libyaml CSafeLoader: median {fast:7.1f} ms ({slow / fast:.1f}x faster)")
    print("results identical" if found == expected else "RESULTS DIFFER")
    return 0 if found == expected else 1


if __name__ == "__main__":
    raise SystemExit(main())
