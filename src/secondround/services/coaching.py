"""Shape the coach's JSON result for display: remarks grouped under the sentence they are about."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from secondround.core.coach import KIND_NAMES, PART_NAMES, SCORE_NAMES
from secondround.core.coach import weights as coach_weights
from secondround.core.competencies import competency_label
from secondround.core.questions import KINDS, ROLES, STYLES, load_bank

PART_TITLES = {part: name.capitalize() for part, name in PART_NAMES.items()}


@dataclass
class SentenceView:
    index: int
    text: str
    star: str
    remarks: list[dict[str, Any]] = field(default_factory=list)

    @property
    def part_name(self) -> str:
        return PART_TITLES.get(self.star, self.star)


@dataclass
class FeedbackView:
    sentences: list[SentenceView]
    general: list[dict[str, Any]]
    scores: list[tuple[str, int]]
    overall: int
    probe: str | None
    proportions: list[tuple[str, str, int]]
    raw: dict[str, Any]
    # Added with question kinds; feedback stored before then has none of these.
    kind: str | None = None
    kind_evidence: str | None = None
    strengths: list[str] = field(default_factory=list)
    top_three: list[dict[str, Any]] = field(default_factory=list)


def feedback_view(feedback: dict[str, Any]) -> FeedbackView:
    """Group remarks by sentence and order the scores, for the templates."""
    sentences = [
        SentenceView(index=i, text=s["text"], star=s.get("star", "O"))
        for i, s in enumerate(feedback.get("sentences", []))
    ]
    general = []
    for remark in feedback.get("remarks", []):
        index = remark.get("sentence")
        if isinstance(index, int) and 0 <= index < len(sentences):
            sentences[index].remarks.append(remark)
        else:
            general.append(remark)
    scores_in = feedback.get("scores", {})
    # Answers judged by their kind's checks (not a story) leave result and ownership out.
    hidden = {"result", "ownership"} if feedback.get("checks") else set()
    scores = [
        (name.capitalize(), int(scores_in[name]))
        for name in SCORE_NAMES
        if name in scores_in and name not in hidden
    ]
    # Stored feedback may come from an import or an older version: read each part defensively.
    kind_in = feedback.get("question_kind")
    if not isinstance(kind_in, dict):
        kind_in = {}
    evidence = kind_in.get("evidence")
    strengths_in = feedback.get("strengths")
    top_in = feedback.get("top_three")
    proportions_in = feedback.get("proportions", {}) or {}
    proportions = [
        (part, PART_TITLES[part], round(100 * float(proportions_in.get(part, 0))))
        for part in ("S", "T", "A", "R", "O")
        if proportions_in.get(part)
    ]
    return FeedbackView(
        sentences=sentences,
        general=general,
        scores=scores,
        overall=int(scores_in.get("overall", 0)),
        probe=feedback.get("probe"),
        proportions=proportions,
        raw=feedback,
        kind=KIND_NAMES.get(str(kind_in.get("kind"))) if kind_in else None,
        kind_evidence=evidence if isinstance(evidence, str) else None,
        strengths=[x for x in strengths_in if isinstance(x, str)]
        if isinstance(strengths_in, list)
        else [],
        top_three=[r for r in top_in if isinstance(r, dict)] if isinstance(top_in, list) else [],
    )


# What each score measures, in words a candidate can act on (the numbers live in rubric.yaml).
SCORE_MEANINGS = {
    "structure": "STAR parts present, the action carrying most of the answer, a real example "
    "rather than what you would do.",
    "specificity": "Concrete details per 100 words: numbers, money, dates, durations, named tools "
    "and roles.",
    "result": "A measurable outcome scores fully, a vague one (“it went well”) partly, none not "
    "at all.",
    "ownership": "How many of the actions are yours (“I”), not only the team’s (“we”).",
    "confidence": "Few hedges (“I guess”, “sort of”), apologies and spoken fillers.",
    "length": "Words, or measured seconds, within the range for the kind of question.",
    "relevance": "Words of the question and of the job’s keywords used in the answer.",
}


def rubric_rows() -> list[dict[str, Any]]:
    """Each score with its share of the overall score and what it measures."""
    weights = coach_weights()
    total = sum(weights.values()) or 1.0
    return [
        {
            "name": name.capitalize(),
            "weight": round(100 * weights[name] / total),
            "description": SCORE_MEANINGS.get(name, ""),
        }
        for name in SCORE_NAMES
        if name in weights
    ]


def bank_questions() -> list[str]:
    """Every question of the bank, competency questions first, for the question picker."""
    bank = load_bank()
    return [q.text for q in bank if q.kind == "competency"] + [
        q.text for q in bank if q.kind != "competency"
    ]


def bank_rows(competency: str = "", kind: str = "", asked_by: str = "") -> list[dict[str, Any]]:
    """The bank's questions that match every filter given, with labels for the page."""
    return [
        {
            **q.to_dict(),
            "topic": competency_label(q.competency) if q.competency else KINDS[q.kind],
            "kind_label": KINDS[q.kind],
            "style_label": STYLES[q.style],
            "asked_by_labels": [ROLES[r] for r in q.asked_by],
        }
        for q in load_bank()
        if (not competency or q.competency == competency)
        and (not kind or q.kind == kind)
        and (not asked_by or asked_by in q.asked_by)
    ]
