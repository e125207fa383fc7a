"""What an answer to each kind of question should do, beyond (or instead of) a STAR story.

A situational answer is judged on a clear, ordered approach (credited for a real example behind
it); motivation on specific reasons tied to this employer and role; company knowledge on research
linked to the role; a plan on ordered phases with priorities; factual, salary and loose-ends
answers on a direct, specific reply. Each check passes (a strength) or fails (a thing to fix);
the kind's fit score is the weighted share that pass. Cues live in `data/coach/kind_checks.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from secondround.core.coach.data import CoachDataError, read_coach_yaml
from secondround.core.coach.feedback import Mention

_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")
_STAR = frozenset({"S", "T", "A", "R"})


@dataclass(frozen=True)
class Check:
    """One check of the question's kind: whether it passed and what to say either way."""

    name: str
    passed: bool
    weight: float
    message: str
    probe: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "passed": self.passed, "message": self.message}


@lru_cache(maxsize=1)
def _config() -> dict[str, list[dict[str, Any]]]:
    data = read_coach_yaml("kind_checks.yaml")
    kinds = data.get("kinds")
    if not isinstance(kinds, dict):
        raise CoachDataError("kind_checks.yaml must hold a 'kinds' mapping.")
    for kind, checks in kinds.items():
        if not isinstance(checks, list):
            raise CoachDataError(f"kind_checks.yaml: {kind} must list its checks.")
        for check in checks:
            for key in ("name", "test", "weight", "pass", "fix"):
                if key not in check:
                    raise CoachDataError(f"kind_checks.yaml: a check of {kind} lacks {key!r}.")
            try:
                check["_pattern"] = re.compile(str(check.get("pattern", "(?!)")), re.IGNORECASE)
            except re.error as exc:
                raise CoachDataError(f"kind_checks.yaml: {kind}/{check['name']}: {exc}") from exc
    return kinds


def has_checks(kind: str) -> bool:
    return kind in _config()


def run_checks(
    kind: str,
    texts: list[str],
    labels: list[str],
    details: list[Mention],
    question: str | None,
) -> list[Check]:
    """Every check of `kind` on the answer (an empty list for STAR kinds)."""
    whole = " ".join(texts)
    head = " ".join(texts[:2])
    out: list[Check] = []
    for check in _config().get(kind, []):
        when = check.get("when_question")
        if when and not re.search(str(when), question or "", re.IGNORECASE):
            continue
        unless = check.get("unless_question")
        if unless and re.search(str(unless), question or "", re.IGNORECASE):
            continue
        passed = _test(check, whole, head, texts, labels, details)
        out.append(
            Check(
                str(check["name"]),
                passed,
                float(check["weight"]),
                str(check["pass"] if passed else check["fix"]),
                None if passed else check.get("probe"),
            )
        )
    return out


def fit_score(checks: list[Check]) -> float:
    total = sum(c.weight for c in checks)
    return 100.0 * sum(c.weight for c in checks if c.passed) / total if total else 0.0


def _test(
    check: dict[str, Any],
    whole: str,
    head: str,
    texts: list[str],
    labels: list[str],
    details: list[Mention],
) -> bool:
    test = check["test"]
    pattern: re.Pattern[str] = check["_pattern"]
    at_least = int(check.get("at_least", 1))
    if test == "matches":
        return len(pattern.findall(whole)) >= at_least
    if test == "distinct":
        distinct = {m.group(0).lower() for m in pattern.finditer(whole)}
        return len(distinct) >= at_least
    if test == "none":
        return len(pattern.findall(whole)) < at_least
    if test == "details":
        kinds = set(check.get("kinds", [])) or None
        found = sum(1 for d in details if kinds is None or d.kind in kinds)
        return found + len(_PROPER.findall(whole)) * bool(check.get("names")) >= at_least
    if test == "first":
        # The first sentence itself gives the thing asked: a detail, or the pattern.
        in_first = any(d.sentence == 0 for d in details) and bool(check.get("details", True))
        return in_first or bool(pattern.search(texts[0] if texts else ""))
    if test == "first_none":
        # The first sentence does not open (or hedge) with the pattern.
        return not pattern.search(texts[0] if texts else "")
    if test == "direct":
        first = {d.sentence for d in details if d.sentence < 2}
        return bool(first) or bool(pattern.search(head))
    if test == "real_example":
        return sum(1 for label in labels if label in _STAR) >= at_least
    if test == "questions":
        asked = whole.count("?") + len(pattern.findall(whole))
        return asked >= at_least
    if test == "concise":
        return len(whole.split()) <= int(check.get("max_words", 150))
    raise CoachDataError(f"kind_checks.yaml: unknown test {test!r}.")
