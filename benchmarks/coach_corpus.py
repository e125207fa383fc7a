"""Read the coach's labelled answers: every writer's corpus (train/test) and the old shared dev set.

Used by `coach_eval.py` (measure) and `train_star.py` (fit the sentence labeller on train only).

Each folder `benchmarks/data/coach-corpus*/` is one writer's corpus: `coach-corpus` is writer `c`
(the first corpus), the others name their writer in `corpus.json` (`{"prefix": "w2"}`). A writer
whose `corpus.json` says `"all_test": true` is held back whole: its answers are read only when a
caller asks for it by name (`coach_eval.py --held-back w4`), never by default, so nothing can be
trained or tuned on it by accident. The old shared dev set (../shared/data/coach-dev) is writer
`dev`; it has no split of its own and counts as train.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DEV = HERE.parents[1] / "shared" / "data" / "coach-dev"
DEV_WRITER = "dev"


@dataclass(frozen=True)
class Corpus:
    """One writer's labelled answers and pairs."""

    writer: str
    folder: Path
    held_back: bool  # every item is test, read only on request


def _read_jsonl(paths: list[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return rows


def corpora() -> list[Corpus]:
    """Every writer's corpus folder, the first corpus (`c`) first."""
    out: list[Corpus] = []
    for folder in sorted(DATA.glob("coach-corpus*")):
        if not folder.is_dir():
            continue
        config_path = folder / "corpus.json"
        config = json.loads(config_path.read_text("utf-8")) if config_path.is_file() else {}
        writer = str(config.get("prefix", "c"))
        out.append(Corpus(writer, folder, bool(config.get("all_test", False))))
    return sorted(out, key=lambda c: (c.writer != "c", c.writer))


def writers(held_back: tuple[str, ...] = ()) -> list[str]:
    """The writers whose answers can be read: every open corpus, the dev set, and `held_back`."""
    names = [c.writer for c in corpora() if not c.held_back or c.writer in held_back]
    if (DEV / "star_answers.jsonl").is_file():
        names.append(DEV_WRITER)
    return names


def _corpus(writer: str, held_back: tuple[str, ...]) -> Corpus | None:
    for corpus in corpora():
        if corpus.writer == writer:
            if corpus.held_back and writer not in held_back:
                raise ValueError(f"Writer {writer} is held back; ask for it by name.")
            return corpus
    return None


def answers(
    writer: str, split: str | None = None, held_back: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    """One writer's answers in id order (only `split`, "train" or "test", when given).

    Each row gains `writer`. The dev set's rows count as train and default to written
    behavioural answers.
    """
    if writer == DEV_WRITER:
        rows = dev_answers()
    else:
        corpus = _corpus(writer, held_back)
        rows = _read_jsonl(sorted(corpus.folder.glob("answers-*.jsonl"))) if corpus else []
    for row in rows:
        row["writer"] = writer
    return [r for r in rows if split is None or r["split"] == split]


def pairs(
    writer: str, split: str | None = None, held_back: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    """One writer's weak/strong pairs (the dev set's count as train)."""
    if writer == DEV_WRITER:
        rows = dev_pairs()
    else:
        corpus = _corpus(writer, held_back)
        rows = _read_jsonl(sorted(corpus.folder.glob("pairs-*.jsonl"))) if corpus else []
    return [r for r in rows if split is None or r["split"] == split]


def train_answers(exclude: str | None = None) -> list[dict[str, Any]]:
    """The train split of every open writer (the dev set whole), less writer `exclude`."""
    out: list[dict[str, Any]] = []
    for writer in writers():
        if writer != exclude:
            out.extend(answers(writer, "train"))
    return out


def corpus_answers(split: str) -> list[dict[str, Any]]:
    """The first corpus's answers in one split ("train" or "test"), in id order."""
    return answers("c", split)


def corpus_pairs(split: str) -> list[dict[str, Any]]:
    return pairs("c", split)


def dev_answers() -> list[dict[str, Any]]:
    """The old shared dev set (../shared/data/coach-dev), or [] where it is absent."""
    path = DEV / "star_answers.jsonl"
    rows = _read_jsonl([path]) if path.is_file() else []
    for row in rows:
        row.setdefault("style", "written")
        row.setdefault("kind", "behavioural")
        row.setdefault("split", "train")
    return rows


def dev_pairs() -> list[dict[str, Any]]:
    path = DEV / "pairs.jsonl"
    rows = _read_jsonl([path]) if path.is_file() else []
    for row in rows:
        row.setdefault("split", "train")
    return rows


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
