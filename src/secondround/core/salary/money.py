"""Reading an amount of annual pay as people type it: "55000", "£55,000", "55k", "£50-60k"."""

from __future__ import annotations

import re

from secondround.core.errors import UserError
from secondround.core.salary.table import SYMBOLS

# Above this no annual salary is plausible; it is a typo (an extra zero) or not a salary.
MAX_AMOUNT = 10_000_000
_NAMES = {"$": "USD", "£": "GBP", "€": "EUR", "usd": "USD", "gbp": "GBP", "eur": "EUR"}
_WORDS = {"USD": "dollars", "GBP": "pounds", "EUR": "euros"}
_AMOUNT = re.compile(
    r"^(?P<pre>[$£€]|usd|gbp|eur)?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<k>k)?\s*"
    r"(?P<post>usd|gbp|eur)?$",
    re.IGNORECASE,
)
_PER = re.compile(r"(?i)(/|per|an?\s)\s*(h|hr|hour|day|week|wk|month|mo|pcm)\b|p/?h\b|ph\b")


class MoneyError(UserError, ValueError):
    """The text is not an annual amount in the expected currency; the message is one sentence."""


def _currency_of(mark: str | None) -> str | None:
    return _NAMES.get(mark.lower()) if mark else None


def parse_amount(text: str, currency: str) -> int:
    """A whole annual amount in `currency` ("USD" or "GBP"), or MoneyError saying what is wrong."""
    return _parse_one(text.strip(), currency, None)


def _parse_one(text: str, currency: str, k_default: bool | None) -> int:
    symbol = SYMBOLS[currency]
    if not text:
        raise MoneyError("Enter an amount, such as 55000 or 55k.")
    if _PER.search(text):
        raise MoneyError(
            "Enter the annual amount, not an hourly, daily or monthly rate (for example 55000)."
        )
    found = _AMOUNT.match(text.replace(" ", "")) or _AMOUNT.match(text)
    if not found:
        raise MoneyError(
            f"“{text[:40]}” is not an amount: write it in figures, such as {symbol}55,000 or 55k."
        )
    given = _currency_of(found.group("pre")) or _currency_of(found.group("post"))
    if given and given != currency:
        raise MoneyError(
            f"That amount is in {_WORDS[given]}, but these figures are in {_WORDS[currency]}: "
            f"enter it in {symbol}, or change the country."
        )
    number = float(found.group("num").replace(",", ""))
    if found.group("k") or (k_default and number < 1000):
        number *= 1000
    amount = round(number)
    if amount <= 0:
        raise MoneyError("An amount must be more than zero.")
    if amount > MAX_AMOUNT:
        raise MoneyError(
            f"{symbol}{amount:,} a year is not a plausible salary; check for an extra zero."
        )
    return amount


def parse_range(text: str, currency: str) -> tuple[int, int | None]:
    """One amount, or a range such as "£50,000-£60,000" or "50-60k" (low, high)."""
    parts = re.split(r"\s*(?:-|–|—|\bto\b)\s*", text.strip(), maxsplit=1)
    if len(parts) == 1 or not parts[0]:
        return parse_amount(text, currency), None
    low_text, high_text = parts
    # "50-60k": the k of the second figure applies to the first too.
    k_both = bool(re.search(r"\d\s*k\b", high_text, re.I)) and not re.search(
        r"[k,]", low_text, re.I
    )
    low = _parse_one(low_text, currency, k_both)
    high = _parse_one(high_text, currency, None)
    if high < low:
        raise MoneyError("The range goes down: put the lower figure first, as in 50,000-60,000.")
    return low, (high if high != low else None)
