"""`secondround coach`: through the real entry point, as a user or a script would run it."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secondround.cli.exit_codes import ExitStatus

ANSWER = (
    "Last year I was a receptionist at a dental practice. "
    "My job was to cut the number of missed appointments. "
    "I set up text reminders two days before each visit and phoned every new patient myself. "
    "Within three months missed appointments fell from 40 a month to 12."
)
QUESTION = "Tell me about a time you solved a problem."


def test_it_prints_a_readable_report(cli: Callable[..., Any], tmp_path: Path) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(ANSWER, encoding="utf-8")
    code, out, _ = cli("coach", str(answer), "--question", QUESTION)
    assert code == ExitStatus.OK
    assert "Overall" in out
    assert "Structure" in out
    assert "missed appointments" in out


def test_it_prints_the_documented_json(cli: Callable[..., Any]) -> None:
    code, out, _ = cli("coach", "-", "--json", "--question", QUESTION, stdin=ANSWER.encode())
    assert code == ExitStatus.OK
    data = json.loads(out)
    assert data["version"] == 1
    assert [s["star"] for s in data["sentences"]] == ["S", "T", "A", "R"]
    assert 0 <= data["scores"]["overall"] <= 100
    assert all({"sentence", "kind", "message"} == set(r) for r in data["remarks"])


def test_a_batch_keeps_input_order_and_survives_a_bad_line(cli: Callable[..., Any]) -> None:
    lines = [
        json.dumps({"id": "a", "answer": ANSWER, "question": QUESTION}),
        "{not json",
        json.dumps({"id": "c", "answer": ""}),
        json.dumps({"id": "d", "answer": 42}),
        json.dumps({"id": "e", "answer": "I fixed the printer and it worked."}),
    ]
    code, out, _ = cli("coach", "--jsonl", "-", stdin="\n".join(lines).encode())
    assert code == ExitStatus.OK
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == ["a", None, "c", "d", "e"]
    assert "scores" in results[0] and "scores" in results[4]
    assert all("error" in r and "scores" not in r for r in results[1:4])


@pytest.mark.parametrize(
    ("stdin", "status", "words"),
    [
        (b"", ExitStatus.BAD_INPUT, "empty"),
        (b"  ?!  ... ", ExitStatus.BAD_INPUT, "no words"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ExitStatus.BAD_INPUT, "binary"),
        (b"\xff\xfe\xfa caf\xe9", ExitStatus.BAD_INPUT, "UTF-8"),
    ],
)
def test_bad_stdin_gets_one_clear_sentence(
    cli: Callable[..., Any], stdin: bytes, status: ExitStatus, words: str
) -> None:
    code, out, err = cli("coach", "-", stdin=stdin)
    assert code == status
    assert words in err
    assert "Traceback" not in err + out


def test_non_english_text_gets_a_report_with_a_warning(cli: Callable[..., Any]) -> None:
    text = "J'ai dirigé le projet et nous avons réduit les coûts de dix pour cent en été."
    code, out, _ = cli("coach", "-", "--json", stdin=text.encode())
    assert code == ExitStatus.OK
    assert json.loads(out)["likely_english"] is False


def test_sixty_thousand_words_are_answered_quickly_and_say_they_were_cut(
    cli: Callable[..., Any],
) -> None:
    text = ("I called the supplier and moved the delivery to Tuesday. " * 6000).encode()
    code, out, _ = cli("coach", "-", "--json", stdin=text)
    assert code == ExitStatus.OK
    data = json.loads(out)
    assert data["truncated"] is True
    assert any(r["kind"] == "truncated" for r in data["remarks"])


def test_the_installed_script_coaches_from_stdin(
    script: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    done = script("coach", "--json", "--question", QUESTION, stdin=ANSWER)
    assert done.returncode == ExitStatus.OK, done.stderr
    assert json.loads(done.stdout)["scores"]["overall"] > 0


def test_the_installed_script_refuses_binary_stdin(
    script: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    done = script("coach", "-", stdin=b"\x00\x01\x02binary\xff")
    assert done.returncode == ExitStatus.BAD_INPUT
    assert "Traceback" not in str(done.stderr)
