"""Advice a candidate can act on at once, each remark tied to the sentence it is about."""

from __future__ import annotations

from collections import defaultdict

from secondround.core.coach.checks import Check
from secondround.core.coach.feedback import Mention, Remark, Sentence
from secondround.core.coach.rubric import rubric
from secondround.core.coach.scoring import Findings
from secondround.core.coach.specificity import detail_count

PROBES = {
    "hypothetical": "That's what you would do. Can you tell me about a real time it happened?",
    # Plain text: these are read aloud and shown as they are, so no Markdown emphasis.
    "A": "What did you do, yourself?",
    "R": "And what was the result?",
    "own": "What was your own part in that? What did you do yourself?",
    "S": "Where were you working, and when was this?",
    "T": "What were you trying to achieve?",
}
_MAX_MARK_REMARKS = 4


def probe_for(missing: tuple[str, ...], hypothetical: bool, own_actions: int) -> str | None:
    """The follow-up an interviewer would ask about the most important gap, or None."""
    if hypothetical:
        return PROBES["hypothetical"]
    for part in ("A", "R"):
        if part in missing:
            return PROBES[part]
    if not own_actions:
        return PROBES["own"]
    for part in ("S", "T"):
        if part in missing:
            return PROBES[part]
    return None


def make_remarks(
    sentences: tuple[Sentence, ...],
    f: Findings,
    missing: tuple[str, ...],
    checks: list[Check] | None = None,
) -> list[Remark]:
    """Remarks in reading order of importance: the answer's gaps first, then sentence by sentence.

    With `checks` (a question kind that is not a STAR story) the failed checks come first and the
    STAR remarks (missing action, result, situation, task; ownership; hypothetical) are left out.
    """
    if checks is not None:
        return _kind_remarks(sentences, f, checks)
    out: list[Remark] = []
    n = len(sentences)
    if f.hypothetical:
        first = next((s.index for s in sentences if "hypothetical" in " ".join(s.evidence)), None)
        out.append(
            Remark(
                first,
                "hypothetical",
                "You describe what you would do. Tell one real occasion instead: where you were, "
                "what you did, step by step, and how it turned out.",
            )
        )
    if "A" in missing:
        out.append(
            Remark(
                None,
                "missing_action",
                "No sentence says what you did. Add two or three sentences that start with "
                '"I" and a past verb ("I called…", "I rebuilt…").',
            )
        )
    elif not f.ownership.own_actions and f.ownership.team_actions:
        first_team = next(s.index for s in sentences if s.star == "A")
        out.append(
            Remark(
                first_team,
                "ownership",
                'Every action here is "we". Keep the team, but say which step was yours: '
                '"I drafted…", "I persuaded…".',
            )
        )
    out.extend(_result_remarks(sentences, f, missing))
    out.extend(_job_core_remarks(f))
    if "S" in missing and n:
        out.append(
            Remark(
                0,
                "missing_situation",
                "Open with one sentence of context: where you worked, your role and when it "
                "happened.",
            )
        )
    if "T" in missing and "A" not in missing and not f.hypothetical:
        first_action = next((s.index for s in sentences if s.star == "A"), None)
        out.append(
            Remark(
                first_action,
                "missing_task",
                "Say what you had to achieve before the actions "
                '("My job was to…", "I needed to…").',
            )
        )
    out.extend(_structure_remarks(sentences, f))
    out.extend(_specificity_remarks(sentences, f))
    out.extend(_mark_remarks(f.marks, sentences))
    if f.kind == "in_depth":
        # "Walk me through…" asks for depth: the reasoning, the trade-offs and the detail.
        out.extend(
            _length_remarks(
                f,
                "Go deeper: why you chose each step, what you weighed against it, the detail "
                "of what you did and how it turned out.",
            )
        )
    else:
        out.extend(_length_remarks(f))
    out.extend(_relevance_remarks(f))
    return out


def _kind_remarks(
    sentences: tuple[Sentence, ...], f: Findings, checks: list[Check]
) -> list[Remark]:
    failed = sorted((c for c in checks if not c.passed), key=lambda c: -c.weight)
    out = [Remark(None, f"kind_{c.name}", c.message) for c in failed]
    if f.kind in rubric()["specificity"].get("full_marks_details", {}):
        out.extend(_specificity_remarks(sentences, f))
    out.extend(_job_core_remarks(f))
    out.extend(
        Remark(s.index, "preamble", "Skip the warm-up: start straight with the answer.")
        for s in sentences
        if s.star == "O" and "preamble" in " ".join(s.evidence)
    )
    out.extend(_mark_remarks(f.marks, sentences))
    out.extend(_length_remarks(f, "Add a specific reason or fact, with a detail that shows it."))
    # The question's own words ("why do you want…") say little here; the job's still count.
    out.extend(r for r in _relevance_remarks(f) if r.kind != "relevance")
    return out


def strengths(f: Findings, missing: tuple[str, ...], checks: list[Check] | None) -> list[str]:
    """What already works in the answer, most important first."""
    out: list[str] = []
    if checks is not None:
        out.extend(c.message for c in sorted(checks, key=lambda c: -c.weight) if c.passed)
    else:
        if not missing and not f.hypothetical:
            out.append("The story has all four parts: situation, task, action and result.")
        elif "A" not in missing and not f.hypothetical:
            out.append("You tell a real occasion and what was done.")
        if f.result.status == "present":
            out.append("You give a measurable result.")
        if f.ownership.own_actions:
            out.append("You say which steps were yours.")
        if detail_count(f.details) >= 3:
            out.append("Concrete details: numbers, names or tools make it believable.")
    if f.words >= 20 and not any(m.kind in {"hedge", "apology"} for m in f.marks):
        out.append("You sound sure of your account: no hedging or apologies.")
    if f.length.verdict == "ok":
        out.append("A good length for this kind of question.")
    return out


def top_three(remarks: list[Remark]) -> list[Remark]:
    """The three most important remarks, one of each kind (remarks come most important first)."""
    seen: set[str] = set()
    out: list[Remark] = []
    for remark in remarks:
        if remark.kind in seen or remark.kind in {"language", "truncated"}:
            continue
        seen.add(remark.kind)
        out.append(remark)
        if len(out) == 3:
            break
    return out


def kind_probe(checks: list[Check]) -> str | None:
    """The follow-up for the most important failed check of the question's kind, or None."""
    for check in sorted(checks, key=lambda c: -c.weight):
        if not check.passed and check.probe:
            return check.probe
    return None


def _result_remarks(
    sentences: tuple[Sentence, ...], f: Findings, missing: tuple[str, ...]
) -> list[Remark]:
    if f.result.status == "present":
        return []
    if f.result.status == "vague":
        return [
            Remark(
                f.result.sentence,
                "vague_result",
                "The result is vague. Put a number on it: how much time, money, errors or "
                "complaints changed, from what to what, and by when.",
            )
        ]
    last_action = max((s.index for s in sentences if s.star == "A"), default=None)
    if "R" in missing:
        return [
            Remark(
                last_action,
                "missing_result",
                "The story stops before the outcome. End with what changed because of you, "
                "with a number if you can, and what you learned.",
            )
        ]
    return []


def _structure_remarks(sentences: tuple[Sentence, ...], f: Findings) -> list[Remark]:
    out: list[Remark] = []
    # The same limit the structure score penalises (rubric.yaml), so the remark explains the score.
    if f.proportions.get("S", 0.0) > rubric()["structure"]["situation_share_max"]:
        last_s = max(s.index for s in sentences if s.star == "S")
        out.append(
            Remark(
                last_s,
                "long_situation",
                "The background takes over the answer. Cut it to two sentences and spend the "
                "time on what you did.",
            )
        )
    for s in sentences:
        if s.star != "O":
            continue
        evidence = " ".join(s.evidence)
        if "preamble" in evidence or "talk about the answer" in evidence:
            out.append(
                Remark(s.index, "preamble", "Skip the warm-up: start straight with the situation.")
            )
        elif "generic belief" in evidence or "self-description" in evidence:
            out.append(
                Remark(
                    s.index,
                    "generic",
                    "This is a general claim. Show it with what you did on the day instead, "
                    "or cut it.",
                )
            )
    return out


# What to add, by kind, when an answer judged on its facts gives too few.
_MORE_FACTS = {
    "company_knowledge": "Say what you found out: a figure, a date, a site, a recent change.",
    "": "Say how many, how big, how long, and which ticket, system or place.",
}


def _specificity_remarks(sentences: tuple[Sentence, ...], f: Findings) -> list[Remark]:
    needed = rubric()["specificity"].get("full_marks_details", {}).get(f.kind)
    if needed:
        # A factual answer is its facts: say how many it gives against what earns full marks.
        given = detail_count(f.details)
        if not given or given * 2 >= float(needed):
            return []  # none at all: the kind's own check ("specific") says so
        return [
            Remark(
                None,
                "specificity",
                f"Give more of the facts: this answer has {given:g} (a number, a name, a date); "
                f"about {needed:g} earn full marks. {_MORE_FACTS.get(f.kind, _MORE_FACTS[''])}",
            )
        ]
    with_details = {m.sentence for m in f.details if m.kind != "role"}
    plain_actions = [s for s in sentences if s.star == "A" and s.index not in with_details]
    actions = [s for s in sentences if s.star == "A"]
    if not actions or len(plain_actions) < max(1, len(actions) // 2 + 1):
        return []
    target = max(plain_actions, key=lambda s: s.end - s.start)
    return [
        Remark(
            target.index,
            "specificity",
            "Make this concrete: add a number, a name, a tool or a time frame (how many, "
            "which system, how long).",
        )
    ]


def _mark_remarks(marks: list[Mention], sentences: tuple[Sentence, ...]) -> list[Remark]:
    by_sentence: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for mark in marks:
        by_sentence[mark.sentence][mark.kind].append(mark.text)
    advice = {
        "apology": 'Drop the apology or self-criticism ("{words}"): let the facts speak.',
        "hedge": 'State it plainly: "{words}" makes you sound unsure of your own story.',
        "filler": 'Pause instead of saying "{words}".',
    }
    ranked = sorted(
        by_sentence.items(),
        key=lambda item: (
            -(3 * len(item[1]["apology"]) + 2 * len(item[1]["hedge"]) + len(item[1]["filler"]))
        ),
    )
    out: list[Remark] = []
    for index, kinds in ranked[:_MAX_MARK_REMARKS]:
        for kind in ("apology", "hedge", "filler"):
            words = list(dict.fromkeys(kinds.get(kind, [])))
            if kind == "filler" and len(kinds.get(kind, [])) < 2:
                continue  # one "um" in a sentence is normal speech
            if words:
                out.append(Remark(index, kind, advice[kind].format(words='", "'.join(words[:3]))))
    return out


def _job_core_remarks(f: Findings) -> list[Remark]:
    relevance = f.relevance
    if relevance.job_core_used is not False:
        return []
    terms = list(relevance.job_core)
    named = terms[0] if len(terms) == 1 else ", ".join(terms[:-1]) + " and " + terms[-1]
    cap = rubric()["caps"]["job_core_missing"]
    return [
        Remark(
            None,
            "job_core",
            f"The job is about {named}, and this answer never touches it: say what your work "
            f"did for {terms[0]}, or choose a story that does. Until then the overall score "
            f"stays at {cap} or below.",
        )
    ]


def next_step(f: Findings, scores: dict[str, int], checks: list[Check] | None) -> Remark:
    """Something to work on when nothing is wrong: the weakest score's advice, or the follow-up
    to prepare. So the top three always teaches something."""
    advice = {
        "specificity": "Add one more concrete detail (a number, a name, a date) "
        + (
            "to the answer."
            if f.kind in rubric()["specificity"].get("full_marks_details", {})
            else "to the actions."
        ),
        "length": f"Time it aloud: aim for {f.length.min_seconds}–{f.length.max_seconds} s.",
        "relevance": "Use the question's own words once, early, so the link is unmistakable.",
        "confidence": "Say it once more without any qualifiers: it is your own account.",
    }
    counted = [n for n in advice if n != "relevance" or f.relevance.question is not None]
    weakest = min(counted, key=lambda n: scores[n])
    if scores[weakest] < 90:
        message = advice[weakest]
    elif checks is None:
        message = (
            "Nothing to fix. Prepare the follow-up an interviewer asks after a strong story "
            '("What would you do differently next time?").'
        )
    else:
        message = (
            "Nothing to fix. Prepare the follow-up: one real example that backs what you said."
        )
    return Remark(None, "next_step", message)


def _length_remarks(
    f: Findings, more: str = "Add the steps you took and the outcome."
) -> list[Remark]:
    length = f.length
    how = "took" if length.measured else "would take about"
    spoken = f"{length.words} words {how} {round(length.seconds)} s"
    if length.verdict == "short":
        return [
            Remark(
                None,
                "too_short",
                f"Too short for this kind of question ({spoken}; aim for {length.min_seconds}–"
                f"{length.max_seconds} s). {more}",
            )
        ]
    if length.verdict == "long":
        return [
            Remark(
                None,
                "too_long",
                f"Too long ({spoken}; aim for {length.min_seconds}–{length.max_seconds} s). "
                "Trim the background and keep to the point.",
            )
        ]
    return []


def _relevance_remarks(f: Findings) -> list[Remark]:
    out: list[Remark] = []
    relevance = f.relevance
    if relevance.question is not None and relevance.question < 0.2:
        out.append(
            Remark(
                None,
                "relevance",
                "The answer hardly uses the question's words. Say early on how this example "
                "answers what was asked.",
            )
        )
    if relevance.job is not None and relevance.job < 0.15 and relevance.missing_job_keywords:
        words = ", ".join(relevance.missing_job_keywords[:4])
        out.append(
            Remark(
                None,
                "job_keywords",
                f"Link the story to the job: it never mentions {words}.",
            )
        )
    return out
