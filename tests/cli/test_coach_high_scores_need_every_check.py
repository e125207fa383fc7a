"""`coach --json`: a score in the top band means nothing is left to fix; an answer that misses
the job's core is capped and told so; the top three always teaches something."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from secondround.cli.exit_codes import ExitStatus

QUESTION = "Tell me about a time you got a project back on track."
# 265 words, two hedges ("I guess", "sort of"), a clear story, and nothing about retention/churn.
ANSWER = (
    "Last spring I was an account coordinator at a payroll software firm, looking after "
    "forty mid-sized clients. My job was to get a delayed rollout of our new reporting "
    "dashboard back on track before the end of the quarter. The rollout had slipped by six "
    "weeks because the data team and the trainers were working from different plans. I "
    "started by mapping every open task in Trello and meeting the two team leads on the "
    "Monday. I then rewrote the training schedule so that each client had one "
    "named trainer and a fixed weekly session. I also built a short checklist in "
    "Excel for the trainers. I guess the hardest part was persuading the data team to "
    "freeze new features for three weeks. I sat down with their lead, showed her the list "
    "of twelve clients still waiting, and we agreed on a freeze date together. Each Friday "
    "I sent a one-page update to the head of operations with the numbers, the blockers and "
    "what I needed from her. When a trainer fell ill in week four, I covered three of her "
    "sessions myself and moved two others. By the end of the quarter all forty clients were "
    "live on the dashboard, two weeks ahead of the revised date. Support tickets about "
    "reporting fell from thirty a week to eight, and the head of operations asked me to "
    "write the plan up as the template for the next rollout. I sort of learned that one "
    "shared plan, owned by one person, saves more time than any amount of extra effort from "
    "separate teams."
)
ADVERT = (
    "Customer Success Manager - Retention\n"
    "\n"
    "We are a subscription software company and we are looking for a Customer Success "
    "Manager to own the retention of our mid-market accounts. Your main goal is to reduce "
    "churn and grow net revenue retention across a book of around sixty accounts.\n"
    "\n"
    "What you will do\n"
    "- Own renewals and reduce churn across your accounts\n"
    "- Spot churn risk early using health scores and usage data, and build retention plans "
    "with each customer\n"
    "- Run quarterly business reviews and find expansion opportunities\n"
    "- Work with Product and Support to fix the issues that drive churn\n"
    "\n"
    "What we are looking for\n"
    "- Experience in customer success or account management with a retention or renewal "
    "target\n"
    "- A track record of reducing churn or improving net revenue retention\n"
    "- Confident with Salesforce and Gainsight\n"
    "- Clear communication with senior stakeholders\n"
)


def coach(cli: Callable[..., Any], tmp_path: Path, answer: str) -> dict[str, Any]:
    advert = tmp_path / "advert.txt"
    advert.write_text(ADVERT, encoding="utf-8")
    code, out, _ = cli(
        "coach",
        "-",
        "--json",
        "--question",
        QUESTION,
        "--job",
        str(advert),
        stdin=answer.encode(),
    )
    assert code == ExitStatus.OK
    return json.loads(out)


def test_a_story_that_misses_the_jobs_core_is_capped_and_told_so(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    data = coach(cli, tmp_path, ANSWER)
    assert data["length"]["words"] == 265
    assert data["relevance"]["job_core_used"] is False
    assert {"retention", "churn"} & {t.lower() for t in data["relevance"]["job_core"]}
    assert data["scores"]["overall"] <= 75
    kinds = [r["kind"] for r in data["top_three"]]
    assert "job_core" in kinds
    assert "hedge" in kinds


def test_two_hedges_keep_a_strong_story_out_of_the_top_band(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    tied = ANSWER.replace(
        "and the head of operations asked me",
        "no client churned at renewal, which protected retention, and the head of operations "
        "asked me",
    )
    data = coach(cli, tmp_path, tied)
    assert data["relevance"]["job_core_used"] is True
    assert len([m for m in data["confidence"] if m["kind"] == "hedge"]) == 2
    assert any(r["kind"] == "hedge" for r in data["remarks"])
    assert data["scores"]["overall"] < 90
    assert "hedge" in [r["kind"] for r in data["top_three"]]


def test_a_score_in_the_top_band_comes_with_no_remark_but_still_a_next_step(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    clean = ANSWER.replace("I guess the", "The").replace("I sort of learned", "I learned")
    clean = clean.replace(
        "and the head of operations asked me",
        "no client churned at renewal, which protected retention, and the head of operations "
        "asked me",
    )
    data = coach(cli, tmp_path, clean)
    assert not [m for m in data["confidence"] if m["kind"] == "hedge"]
    assert data["scores"]["overall"] >= 90
    assert [r["kind"] for r in data["remarks"]] == ["next_step"]
    assert [r["kind"] for r in data["top_three"]] == ["next_step"]
    assert "follow-up" in data["top_three"][0]["message"]
