"""Odd answers and odd questions through `secondround coach --json` and `--jsonl`: a report with a
clear remark or a one-line error, exit 0, never a traceback; the kind falls back to "general"
with a note when the question asks nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus

QUESTIONS = [
    "Tell me about a time you calmed an angry customer.",
    "Why do you want this job?",
    "What would your first 90 days look like?",
    "How many people did you line-manage?",
    "What would you do if two deadlines clashed?",
    "Quarterly figures, Leeds branch",  # no question in it
]
ANSWERS = {
    "one word": "Teamwork.",
    "not English": "Ich habe das Lager neu geordnet und die Fehler um ein Drittel gesenkt.",
    "10,000 words": "We moved the stock count to Mondays and I checked it myself. " * 909,
    "escapes and emoji": "\x1b[31mI fixed it\x1b[0m 🎉 and ‮the team cheered.",
}


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("name", list(ANSWERS))
def test_an_odd_answer_gets_a_report_with_a_remark(
    cli: Callable[..., Any], question: str, name: str
) -> None:
    code, out, err = cli(
        "coach", "-", "--json", "--question", question, stdin=ANSWERS[name].encode()
    )
    assert code == ExitStatus.OK, err
    assert "Traceback" not in out + err
    data = json.loads(out)
    assert data["remarks"] and all(r["message"].strip() for r in data["remarks"])
    assert {s["star"] for s in data["sentences"]} <= {"S", "T", "A", "R", "O"}
    kinds = {r["kind"] for r in data["remarks"]}
    if name == "not English":
        assert data["likely_english"] is False and "language" in kinds
    if name == "10,000 words":
        assert data["truncated"] is True and "truncated" in kinds
    if name == "one word":
        assert "too_short" in kinds
    if question.startswith("Quarterly"):
        assert data["question_kind"]["kind"] == "general"
        assert data["question_kind"]["note"]


def test_a_batch_of_odd_lines_answers_each_in_order(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    lines = [
        json.dumps({"id": i, "answer": answer, "question": QUESTIONS[i % len(QUESTIONS)]})
        for i, answer in enumerate(ANSWERS.values())
    ]
    lines.insert(2, "{not json")
    batch = tmp_path / "odd.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = cli("coach", "--jsonl", str(batch))
    assert code == ExitStatus.OK, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == len(lines)
    assert "error" in rows[2] and rows[2]["error"].endswith(".")
    assert [r["id"] for r in rows if "error" not in r] == list(range(len(ANSWERS)))
