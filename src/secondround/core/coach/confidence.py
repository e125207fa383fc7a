"""Confidence language: hedges, apologies and self-deprecation, and spoken fillers."""

from __future__ import annotations

import re

from secondround.core.coach.feedback import Mention
from secondround.core.text.words import phrase_matcher

# "like" as a filler: set off by commas or a pause, not "I like", "looks like", "like this".
_LIKE_FILLER = re.compile(
    r"(?:(?<=,)|(?<=^)|(?<=\.))\s*like(?=\s*,)|,\s*like\s+(?=(?:a|an|the|um|uh|i|we|he|she|they|it|"
    r"that|this|\d|maybe|really|so|just|totally|literally)\b)",
    re.IGNORECASE,
)


def find_confidence_marks(sentences: list[str]) -> list[Mention]:
    """Hedges, apologies and fillers, each with the sentence it is in."""
    hedges = phrase_matcher("hedges.txt", "spoken_hedges.txt", exclude="hedges_ignored.txt")
    apologies = phrase_matcher("apologies.txt")
    fillers = phrase_matcher("spoken_fillers.txt")
    marks: list[Mention] = []
    for index, sentence in enumerate(sentences):
        taken: list[tuple[int, int]] = []
        for kind, matcher in (("apology", apologies), ("hedge", hedges), ("filler", fillers)):
            for start, end, text in matcher.finditer(sentence):
                if any(start < e and s < end for s, e in taken):
                    continue
                taken.append((start, end))
                marks.append(Mention(kind, text, index))
        marks.extend(Mention("filler", "like", index) for _ in _LIKE_FILLER.finditer(sentence))
    return marks
