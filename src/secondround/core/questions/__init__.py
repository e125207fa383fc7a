"""Second-round questions: the bank and the plan of what to practise."""

from __future__ import annotations

from secondround.core.questions.bank import (
    KINDS,
    ROLES,
    STYLES,
    Bank,
    Question,
    QuestionBankError,
    load_bank,
    parse_bank,
)

__all__ = [
    "KINDS",
    "ROLES",
    "STYLES",
    "Bank",
    "Question",
    "QuestionBankError",
    "load_bank",
    "parse_bank",
]
