"""A factual answer is scored by how directly its first sentence gives the fact: the number or
name first ranks above the same fact after a warm-up, which ranks above "it varies"; each lost
point has its remark (`secondround coach --json`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.cli.coach_json import Cli, coach

QUESTION = "How many people do you supervise?"
DIRECT = (
    "Fourteen: ten care assistants and four senior carers, split across the day and night "
    "rotas. I also sign off the agency cover when we are short."
)
WARM_UP = (
    "Um, so, I'd say fourteen, ten care assistants and four senior carers, split across the day "
    "and night rotas. I also sign off the agency cover when we are short."
)
DODGE = (
    "Oh, it varies, it really depends on the week and the rota. Quite a few people, and I can't "
    "remember the exact number off the top of my head."
)


def _coach(cli: Cli, answer: str) -> dict[str, Any]:
    return coach(cli, QUESTION, answer, kind="factual")


def _failed(data: dict[str, Any]) -> set[str]:
    return {c["name"] for c in data["checks"] if not c["passed"]}


def test_the_fact_first_outranks_a_warm_up_which_outranks_a_dodge(
    cli: Callable[..., Any],
) -> None:
    direct, warm_up, dodge = (_coach(cli, a) for a in (DIRECT, WARM_UP, DODGE))
    assert direct["scores"]["overall"] > warm_up["scores"]["overall"] > dodge["scores"]["overall"]
    assert _failed(direct) == set()
    assert "straight_in" in _failed(warm_up)
    assert {"straight_in", "no_dodge", "direct"} <= _failed(dodge)


def test_each_failed_factual_check_is_a_remark_that_says_what_to_do(
    cli: Callable[..., Any],
) -> None:
    kinds = {r["kind"]: r["message"] for r in _coach(cli, DODGE)["remarks"]}
    assert "kind_no_dodge" in kinds and "best estimate" in kinds["kind_no_dodge"]
    assert "kind_straight_in" in kinds and "number or the name first" in kinds["kind_straight_in"]
