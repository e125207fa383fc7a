"""The JSON form of Feedback is the documented, stable schema (docs/coach.md)."""

from __future__ import annotations

import json

from secondround.core.coach import SCHEMA_VERSION, analyse_answer

TOP_KEYS = {
    "version", "sentences", "proportions", "missing", "probe", "specificity", "result",
    "ownership", "confidence", "length", "hypothetical", "relevance", "scores", "remarks",
    "truncated", "likely_english", "question_kind", "checks", "strengths", "top_three",
}  # fmt: skip
SCORE_KEYS = {
    "structure", "specificity", "result", "ownership", "confidence", "length", "relevance",
    "overall",
}  # fmt: skip


def test_to_dict_has_every_documented_key_and_is_json() -> None:
    text = "At the time I was a cashier. I noticed the till was short and I recounted it."
    data = json.loads(json.dumps(analyse_answer(text).to_dict()))
    assert set(data) == TOP_KEYS
    assert data["version"] == SCHEMA_VERSION
    assert set(data["scores"]) == SCORE_KEYS
    assert all(isinstance(v, int) and 0 <= v <= 100 for v in data["scores"].values())
    for sentence in data["sentences"]:
        assert {"index", "text", "start", "end", "star", "evidence"} <= set(sentence)
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        assert sentence["star"] in {"S", "T", "A", "R", "O"}
    for remark in data["remarks"]:
        assert set(remark) == {"sentence", "kind", "message"}


def test_proportions_cover_the_answer() -> None:
    data = analyse_answer("I was a nurse. I called the doctor. He came at once.").to_dict()
    assert abs(sum(data["proportions"].values()) - 1) < 0.01
