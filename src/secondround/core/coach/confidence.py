"""Confidence language: hedges, apologies and self-deprecation, and spoken fillers."""

from __future__ import annotations

import re

from secondround.core.coach.feedback import Mention
from secondround.core.text.prefilter import folded, folded_required, may_match
from secondround.core.text.words import phrase_matcher

# "like" as a filler: set off by commas or a pause, not "I like", "looks like", "like this".
_LIKE_FILLER = re.compile(
    r"(?:(?<=,)|(?<=^)|(?<=\.))\s*like(?=\s*,)|,\s*like\s+(?=(?:a|an|the|um|uh|i|we|he|she|they|it|"
    r"that|this|\d|maybe|really|so|just|totally|literally)\b)",
    re.IGNORECASE,
)


# "I think" before the speaker's own account of what happened ("I think there were about forty
# tickets") doubts their story; before a view ("I think communication matters") it does not.
_ACCOUNT_HEDGE = re.compile(
    r"\bi\s+(?:think|believe|reckon|suppose)\b(?:\s+that)?(?=\s+(?:"
    r"there\s+(?:was|were|had|would)|it\s+(?:was|were|took|had|came|went|cost|lasted)|"
    r"(?:we|i|they|he|she)\s+(?:\w+ed|had|was|were|got|did|made|took|went|saw|lost|won|ran|"
    r"spent|sent|kept|met|left|cut|put|set|paid|sold|brought|found|told|gave|came|began)|"
    r"(?:the|our|my|their)\s+\w+(?:\s+\w+)?\s+(?:was|were|had|went|took|came|fell|rose|dropped)|"
    r"(?:about|around|roughly|maybe|probably|almost|nearly|something\s+like)\s+\w+))",
    re.IGNORECASE,
)


# The words one of which each match holds ("think", "like"): a sentence without them is not
# searched, which finds the same marks sooner.
_ACCOUNT_NEEDED = folded_required(_ACCOUNT_HEDGE)
_LIKE_NEEDED = folded_required(_LIKE_FILLER)


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
        low = folded(sentence)
        if may_match(low, _ACCOUNT_NEEDED):
            for match in _ACCOUNT_HEDGE.finditer(sentence):
                if not any(match.start() < e and s < match.end() for s, e in taken):
                    taken.append((match.start(), match.end()))
                    marks.append(Mention("hedge", match.group(0), index))
        if may_match(low, _LIKE_NEEDED):
            marks.extend(Mention("filler", "like", index) for _ in _LIKE_FILLER.finditer(sentence))
    return marks
