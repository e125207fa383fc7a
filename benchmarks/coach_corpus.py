"""Read the coach's labelled answers: the project's corpus (train/test) and the old shared dev set.

Used by `coach_eval.py` (measure) and `train_star.py` (fit the sentence labeller on train only).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "data" / "coach-corpus"
DEV = HERE.parents[1] / "shared" / "data" / "coach-dev"


def _read_jsonl(paths: list[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return rows


def corpus_answers(split: str) -> list[dict[str, Any]]:
    """Answers of the corpus in one split ("train" or "test"), in id order."""
    rows = _read_jsonl(sorted(CORPUS.glob("answers-*.jsonl")))
    return [r for r in rows if r["split"] == split]


def corpus_pairs(split: str) -> list[dict[str, Any]]:
    rows = _read_jsonl(sorted(CORPUS.glob("pairs-*.jsonl")))
    return [r for r in rows if r["split"] == split]


def dev_answers() -> list[dict[str, Any]]:
    """The old shared dev set (../shared/data/coach-dev), or [] where it is absent."""
    path = DEV / "star_answers.jsonl"
    rows = _read_jsonl([path]) if path.is_file() else []
    for row in rows:
        row.setdefault("style", "written")
        row.setdefault("kind", "behavioural")
    return rows


def dev_pairs() -> list[dict[str, Any]]:
    path = DEV / "pairs.jsonl"
    return _read_jsonl([path]) if path.is_file() else []


def gold_spans(answer: dict[str, Any]) -> tuple[str, list[tuple[int, int]]]:
    """The answer's full text and each gold sentence's span.

    Sentences are joined with a space, as the corpus says; bullet answers one bullet a line, as a
    person types them (joined with spaces, "- " would read as a dash inside one sentence).
    """
    texts = [s["text"] for s in answer["sentences"]]
    joiner = "\n" if answer.get("style") == "bullets" else " "
    spans: list[tuple[int, int]] = []
    pos = 0
    for text in texts:
        spans.append((pos, pos + len(text)))
        pos += len(text) + 1
    return joiner.join(texts), spans


def align(spans: list[tuple[int, int]], predicted: list[tuple[int, int, str]]) -> list[str]:
    """For each gold span, the label of the predicted sentence that covers most of it."""
    labels = []
    for start, end in spans:
        best, label = 0, "O"
        for p_start, p_end, p_label in predicted:
            overlap = min(end, p_end) - max(start, p_start)
            if overlap > best:
                best, label = overlap, p_label
        labels.append(label)
    return labels
