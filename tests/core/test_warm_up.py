from __future__ import annotations

from secondround.core.questions import load_bank
from secondround.services.warmup import warm_up


def test_warming_up_leaves_the_question_bank_loaded() -> None:
    load_bank.cache_clear()
    warm_up()
    assert load_bank.cache_info().currsize == 1
