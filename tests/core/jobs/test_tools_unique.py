"""Each tool is listed once, a name inside a longer one counting as the longer: in linear time."""

from __future__ import annotations

import random
import re

from secondround.core.jobs.tools import _unique, find_ad_tools


def reference(names: list[str]) -> list[str]:
    """The rule spelled out as first written: every name searched for in every other."""
    out: list[str] = []
    seen: set[str] = set()
    folded = [n.lower() for n in names]
    for name, low in zip(names, folded, strict=True):
        longer = any(
            other != low and re.search(rf"(?<!\w){re.escape(low)}(?!\w)", other) for other in folded
        )
        if low in seen or longer:
            continue
        seen.add(low)
        out.append(name)
    return out


WORDS = ["Excel", "Microsoft", "SQL", "Server", "C#", ".NET", "C++", "Power", "BI", "AWS", "R"]


def test_a_name_inside_a_longer_one_counts_once_as_the_longer() -> None:
    names = ["Excel", "SQL", "Microsoft Excel", "excel", "Power BI", "BI", "SQL Server", "C#"]
    assert _unique(names) == ["Microsoft Excel", "Power BI", "SQL Server", "C#"]


def test_only_whole_words_count_as_inside() -> None:
    found = _unique(["R", "Rust", "C", "C#", "Go", "Google Ads"])
    assert found == ["R", "Rust", "C#", "Go", "Google Ads"]


def test_random_lists_give_what_the_search_of_each_in_each_gave() -> None:
    rng = random.Random(8)
    for _ in range(500):
        names = [
            rng.choice(["", "-", " "]).join(rng.sample(WORDS, rng.randint(1, 3)))
            for _ in range(rng.randint(1, 12))
        ]
        assert _unique(names) == reference(names), names


def test_an_advert_naming_many_tools_lists_each_once() -> None:
    advert = "\n".join(
        f"- Experience with {name} is a plus." for name in ["Salesforce", "Jira", "Python"] * 50
    )
    assert find_ad_tools(advert) == ["Salesforce", "Jira", "Python"]
