"""Split a whole answer into Situation, Task, Action and Result with the coach's labeller."""

from __future__ import annotations

from secondround.core.coach.sentences import split_sentences
from secondround.core.coach.star import label_sentences

_FIELD_OF = {"S": "situation", "T": "task", "A": "action", "R": "result"}


def split_answer(text: str) -> dict[str, str]:
    """The answer's sentences gathered by STAR part; "other" sentences join the part before them
    (or the situation, at the start), so no word of the answer is lost."""
    spans = split_sentences(text)
    parts: dict[str, list[str]] = {name: [] for name in _FIELD_OF.values()}
    if not spans:
        return {name: "" for name in parts}
    labels = label_sentences([s.text for s in spans])
    current = "situation"
    for span, (label, _) in zip(spans, labels, strict=True):
        if label in _FIELD_OF:
            current = _FIELD_OF[label]
        parts[current].append(span.text.strip())
    return {name: " ".join(sentences) for name, sentences in parts.items()}
