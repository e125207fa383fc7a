"""Scores 0-100 from the rubric (`data/coach/rubric.yaml`, explained in docs/coach.md)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from secondround.core.coach.feedback import Length, Mention, Ownership, Relevance, Result, Scores
from secondround.core.coach.length import length_score
from secondround.core.coach.rubric import SCORE_NAMES, rubric, weights
from secondround.core.coach.specificity import detail_count


@dataclass(frozen=True)
class Findings:
    """What the analysers found, as the scorer needs it."""

    words: int
    proportions: dict[str, float]
    present: frozenset[str]
    hypothetical: bool
    details: list[Mention]
    result: Result
    ownership: Ownership
    marks: list[Mention]
    length: Length
    relevance: Relevance
    kind: str = "general"
    fit: float | None = None  # the kind's check score, for kinds not judged as a STAR story


def score(f: Findings) -> Scores:
    """Every score and the weighted overall; relevance counts only when question or job is known.

    For kinds judged by their checks (`fit` set) structure is the fit score and the result and
    ownership scores are left out of the overall.
    """
    star = f.fit is None
    raw = {
        "structure": structure_score(f.present, f.proportions, f.hypothetical)
        if star
        else float(f.fit or 0.0),
        "specificity": specificity_score(f.details, f.words, f.kind),
        "result": result_score(f.result),
        "ownership": ownership_score(f.ownership),
        "confidence": confidence_score(f.marks, f.words),
        "length": length_score(f.length),
        "relevance": relevance_score(f.relevance),
    }
    values = {name: _clip(value) for name, value in raw.items()}
    overall = weighted_overall(
        values, weights(f.kind), star, _relevance_known(f.relevance), f.hypothetical
    )
    return Scores(**values, overall=_clip(overall))


def weighted_overall(
    values: dict[str, int],
    w: dict[str, float],
    star: bool,
    relevance_known: bool,
    hypothetical: bool,
) -> float:
    """The weighted mean of the scores that apply (the kind's weights), before the caps."""
    counted = [n for n in SCORE_NAMES if n != "relevance" or relevance_known]
    if not star:
        # Only a story has a result and actions to own; other kinds are judged on their checks.
        counted = [n for n in counted if n not in {"result", "ownership"}]
    total = sum(w[n] for n in counted) or 1.0
    overall = sum(values[n] * w[n] for n in counted) / total
    if hypothetical:
        # A hypothetical answer to "tell me about a time" misses the point, however polished.
        overall = min(overall, float(rubric()["structure"]["hypothetical_cap"]) + 10)
    return overall


# Remarks that inform rather than ask for a change: they do not hold a high score down.
INFORMATIONAL = frozenset({"language", "truncated", "question_kind", "next_step"})


def cap_overall(scores: Scores, remark_kinds: set[str], job_core_used: bool | None) -> Scores:
    """The overall held below the top band while a remark stands, and lower when the answer
    misses the job's core (rubric.yaml `caps`)."""
    return replace(
        scores, overall=_clip(capped(float(scores.overall), remark_kinds, job_core_used))
    )


def capped(overall: float, remark_kinds: set[str], job_core_used: bool | None) -> float:
    caps = rubric()["caps"]
    if remark_kinds - INFORMATIONAL:
        overall = min(overall, float(caps["top_without_remarks"]))
    if job_core_used is False:
        overall = min(overall, float(caps["job_core_missing"]))
    return overall


def structure_score(present: frozenset[str], proportions: dict[str, float], hypo: bool) -> float:
    """Points for the STAR parts present, less penalties for a thin action or a long preamble."""
    config = rubric()["structure"]
    points = float(sum(v for part, v in config["part_points"].items() if part in present))
    if "A" in present and proportions.get("A", 0.0) < config["action_share_min"]:
        shortfall = 1 - proportions.get("A", 0.0) / config["action_share_min"]
        points -= config["action_share_penalty"] * shortfall
    if proportions.get("S", 0.0) > config["situation_share_max"]:
        points -= config["share_penalty"]
    if proportions.get("O", 0.0) > config["other_share_max"]:
        points -= config["share_penalty"]
    if hypo:
        points = min(points, float(config["hypothetical_cap"]))
    return points


def specificity_score(details: list[Mention], words: int, kind: str = "general") -> float:
    """Details per 100 words against the rubric's bar; for a kind with a count of its own
    (a factual answer is judged on how many facts it gives, `full_marks_details`), the lower
    of the two."""
    config = rubric()["specificity"]
    if words <= 0:
        return 0.0
    amount = detail_count(details)
    density = 100.0 * amount / max(words, 50)
    value = 100.0 * density / config["full_marks_per_100_words"]
    needed = config.get("full_marks_details", {}).get(kind)
    if needed:
        value = min(value, 100.0 * amount / float(needed))
    return max(float(config["floor"]) if amount else 0.0, value)


def result_score(result: Result) -> float:
    return float(rubric()["result"][result.status])


def ownership_score(ownership: Ownership) -> float:
    config = rubric()["ownership"]
    acts = ownership.own_actions + ownership.team_actions
    if not ownership.own_actions:
        return float(config["no_own_action"]) if acts else float(config["no_own_action"]) / 2
    share = ownership.own_actions / acts
    return 100.0 * min(1.0, share / config["own_action_share_full"])


def confidence_score(marks: list[Mention], words: int) -> float:
    config = rubric()["confidence"]
    per_100 = 100.0 / max(words, 50)
    lost = 0.0
    for kind in ("hedge", "apology", "filler"):
        count = sum(1 for m in marks if m.kind == kind)
        lost += min(config[kind]["max"], count * per_100 * config[kind]["per_100_words"])
    return 100.0 - lost


def relevance_score(relevance: Relevance) -> float:
    config = rubric()["relevance"]
    if not _relevance_known(relevance):
        return float(config["neutral"])
    parts: list[tuple[float, float]] = []
    if relevance.question is not None:
        parts.append(
            (config["question_weight"], min(1.0, relevance.question / config["question_full"]))
        )
    if relevance.job is not None:
        parts.append((1 - config["question_weight"], min(1.0, relevance.job / config["job_full"])))
    total = sum(w for w, _ in parts)
    share = sum(w * v for w, v in parts) / total
    floor = float(config["floor"])
    return floor + (100.0 - floor) * share


def _relevance_known(relevance: Relevance) -> bool:
    return relevance.question is not None or relevance.job is not None


def _clip(value: float) -> int:
    return round(min(100.0, max(0.0, value)))
