"""How much text the program takes: one limit for adverts, notes and answers, everywhere.

The readers read no further than this, the web forms and the command line refuse longer text in
one sentence, and an import refuses a stored text that is longer.
"""

from __future__ import annotations

from typing import Final

MAX_TEXT_CHARS: Final = 100_000
