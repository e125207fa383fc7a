"""Whether the answer states a measurable result: present, vague ("it went well") or absent."""

from __future__ import annotations

import re

from secondround.core.coach.feedback import Mention, Result

# Outcomes without a number that still say what changed (counted as present only with a detail).
_VAGUE = re.compile(
    r"\b(went (well|fine|ok|okay|smoothly|great)|worked (out|well)|"
    r"it was (fine|good|great|a success)|"
    r"everyone was (happy|pleased)|(was|were) (happy|pleased|satisfied)|positive feedback|"
    r"good feedback|things (got|were) better|it (got|was) better|improved|helped|successful)\b",
    re.IGNORECASE,
)
_MEASURE_KINDS = frozenset({"number", "percentage", "money", "duration"})


def find_result(labels: list[str], sentences: list[str], details: list[Mention]) -> Result:
    """The best evidence of an outcome: a result sentence with a number beats one without."""
    result_sentences = [i for i, label in enumerate(labels) if label == "R"]
    measured = {m.sentence for m in details if m.kind in _MEASURE_KINDS}
    for i in result_sentences:
        if i in measured:
            return Result("present", i)
    if result_sentences:
        return Result("vague", result_sentences[0])
    # No result sentence, but a closing remark may still claim that it went well.
    for i in range(len(sentences) - 1, -1, -1):
        if _VAGUE.search(sentences[i]) and labels[i] in {"O", "A"}:
            return Result("vague", i)
    return Result("absent", None)
