"""Whether notes are in English: the reader's cues and word lists are English, so notes in another
language would be read into nonsense items rather than none."""

from __future__ import annotations

import re

from secondround.core.debrief.lower_names import is_word

_WORD = re.compile(r"[^\W\d_]{3,}")
# Read this many words at most: a language shows in its first lines.
_SAMPLE_WORDS = 400
# Fewer words than this say too little to tell ("Q3 ok", "Priya, Raj").
_MIN_WORDS = 8
# Hurried English notes have names, products and abbreviations in them, yet most of their
# words of three letters or more are English words; French or Polish notes have a few at most.
_MIN_SHARE = 0.5

NOT_ENGLISH = (
    "These notes do not look like English; the debrief reader reads notes written in English, "
    "so write them (or the key points) in English."
)


def looks_english(text: str) -> bool:
    """True unless the notes have enough words to tell and most are not English words."""
    words = [w.lower() for w in _WORD.findall(text[: _SAMPLE_WORDS * 12])][:_SAMPLE_WORDS]
    if len(words) < _MIN_WORDS:
        return True
    english = sum(1 for w in words if is_word(w) or is_word(w.rstrip("s")))
    return english / len(words) >= _MIN_SHARE
