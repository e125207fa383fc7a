"""`analyse_answer`: the one public call of the coach."""

from __future__ import annotations

import re

from secondround.core.coach.checks import fit_score, has_checks, run_checks
from secondround.core.coach.confidence import find_confidence_marks
from secondround.core.coach.feedback import (
    PARTS,
    Feedback,
    Ownership,
    Relevance,
    Remark,
    Result,
    Scores,
    Sentence,
)
from secondround.core.coach.kinds import STAR_KINDS, QuestionKind
from secondround.core.coach.kinds import question_kind as classify_question
from secondround.core.coach.length import measure_length
from secondround.core.coach.ownership import find_ownership
from secondround.core.coach.relevance import find_relevance
from secondround.core.coach.remarks import (
    kind_probe,
    make_remarks,
    next_step,
    probe_for,
    strengths,
    top_three,
)
from secondround.core.coach.results import find_result
from secondround.core.coach.rubric import rubric
from secondround.core.coach.scoring import INFORMATIONAL, Findings, cap_overall, score
from secondround.core.coach.sentences import split_sentences, word_count
from secondround.core.coach.specificity import find_details, find_names
from secondround.core.coach.star import label_sentences

_ENGLISH = re.compile(
    r"\b(the|and|i|to|a|was|we|of|it|in|that|my|so|for|with|on|had|me|is|they|but)\b", re.IGNORECASE
)
_LETTERS = re.compile(r"[^\W\d_]")
_NON_ASCII_LETTERS = re.compile(r"[^\W\d_a-zA-Z]")


def analyse_answer(
    text: str,
    question: str | None = None,
    job: str | None = None,
    duration_s: float | None = None,
) -> Feedback:
    """Coach one answer: STAR parts per sentence, what to fix and scores 0-100.

    `job` is the job description's text; `duration_s` the measured speaking time, if any. Never
    raises on odd input: an empty answer gives a Feedback with no sentences and one remark.
    """
    text = text.replace("\x00", " ") if text else ""
    kind = classify_question(question)
    limits = rubric()["limits"]
    total_words = word_count(text)
    spans = split_sentences(_head(text, int(limits["max_words_analysed"])))
    truncated = len(spans) > limits["max_sentences"] or total_words > limits["max_words_analysed"]
    spans = spans[: int(limits["max_sentences"])]
    if not spans:
        return _empty(kind, duration_s)
    texts = [s.text for s in spans]
    labelled = label_sentences(texts, kind.kind, question=question)
    labels = [label for label, _ in labelled]
    sentences = tuple(
        Sentence(i, span.text, span.start, span.end, label, evidence)
        for i, (span, (label, evidence)) in enumerate(zip(spans, labelled, strict=True))
    )
    words_each = [max(1, word_count(t)) for t in texts]
    analysed_words = sum(words_each)
    proportions = {p: 0.0 for p in PARTS}
    for label, words in zip(labels, words_each, strict=True):
        proportions[label] += words / analysed_words
    present = frozenset(labels) - {"O"}
    missing = tuple(p for p in ("S", "T", "A", "R") if p not in present)
    hypothetical = kind.kind in STAR_KINDS and _is_hypothetical(sentences)
    details = find_details(texts)
    if kind.kind in NAMED_KINDS:
        # What a factual answer names (a ticket, a product, a place) is its specific content.
        details = sorted(details + find_names(texts, details), key=lambda m: m.sentence)
    ownership = find_ownership(labels, texts)
    checks = (
        run_checks(kind.kind, texts, labels, details, question) if has_checks(kind.kind) else None
    )
    findings = Findings(
        words=analysed_words,
        proportions=proportions,
        present=present,
        hypothetical=hypothetical,
        details=details,
        result=find_result(labels, texts, details),
        ownership=ownership,
        marks=find_confidence_marks(texts),
        length=measure_length(total_words, _norm_kind(kind, question), duration_s),
        relevance=find_relevance(" ".join(texts), question, job),
        kind=kind.kind,
        fit=None if checks is None else fit_score(checks),
    )
    remarks = make_remarks(sentences, findings, missing, checks)
    english = _likely_english(texts)
    if not english:
        remarks.insert(
            0,
            Remark(
                None,
                "language",
                "This does not look like English; the coach reads English only, so these scores "
                "may mean little.",
            ),
        )
    if truncated:
        remarks.append(
            Remark(
                None,
                "truncated",
                f"Only the first {len(sentences)} sentences were coached: the answer is far "
                "longer than any interviewer would listen to. Cut it to two minutes.",
            )
        )
    if kind.note:
        remarks.append(Remark(None, "question_kind", kind.note))
    kinds = {r.kind for r in remarks}
    scores = cap_overall(score(findings), kinds, findings.relevance.job_core_used)
    if not kinds - INFORMATIONAL:
        remarks.append(next_step(findings, scores.to_dict(), checks))
    probe = (
        probe_for(missing, hypothetical, ownership.own_actions)
        if checks is None
        else kind_probe(checks)
    )
    return Feedback(
        sentences=sentences,
        proportions=proportions,
        missing=missing,
        probe=probe,
        specificity=tuple(details),
        result=findings.result,
        ownership=ownership,
        confidence=tuple(findings.marks),
        length=findings.length,
        hypothetical=hypothetical,
        relevance=findings.relevance,
        scores=scores,
        remarks=tuple(remarks),
        truncated=truncated,
        likely_english=english,
        question_kind=kind.to_dict(),
        checks=tuple(c.to_dict() for c in checks or ()),
        strengths=tuple(strengths(findings, missing, checks)),
        top_three=tuple(top_three(remarks)),
    )


_ASKS_FOR_QUESTIONS = re.compile(r"\b(questions?|ask)\b", re.IGNORECASE)


# Kinds whose answers count a name as a detail: "What tickets do you hold?" is answered by names.
NAMED_KINDS = frozenset({"factual"})


def _norm_kind(kind: QuestionKind, question: str | None) -> str:
    # With no question at all the answer is most likely a story: the behavioural norm applies.
    if question is None:
        return "behavioural"
    if kind.kind == "loose_ends" and _ASKS_FOR_QUESTIONS.search(question):
        return "loose_ends_questions"
    return kind.kind


def _head(text: str, max_words: int) -> str:
    """The text up to about `max_words` words (plus a margin), so huge inputs stay quick."""
    for count, match in enumerate(re.finditer(r"\S+", text), start=1):
        if count > max_words + 50:
            return text[: match.start()]
    return text


def _is_hypothetical(sentences: tuple[Sentence, ...]) -> bool:
    """Most of a story answer says what the speaker would do, with no real action told."""
    hypo = sum(1 for s in sentences if any("hypothetical" in e for e in s.evidence))
    real = sum(1 for s in sentences if s.star in {"A", "R"})
    return hypo >= 2 and hypo >= real


def _likely_english(texts: list[str]) -> bool:
    sample = " ".join(texts)[:4000]
    letters = len(_LETTERS.findall(sample))
    if not letters:
        return False
    ascii_share = 1 - len(_NON_ASCII_LETTERS.findall(sample)) / letters
    words = max(1, len(sample.split()))
    common = len(_ENGLISH.findall(sample)) / words
    return ascii_share > 0.8 and (common > 0.08 or words < 6)


def _empty(kind: QuestionKind, duration_s: float | None) -> Feedback:
    zero = Scores(0, 0, 0, 0, 0, 0, 0, 0)
    empty = Remark(None, "empty", "There is no answer to coach: write or say a few sentences.")
    return Feedback(
        sentences=(),
        proportions={p: 0.0 for p in PARTS},
        missing=("S", "T", "A", "R"),
        probe=None,
        specificity=(),
        result=Result("absent", None),
        ownership=Ownership(0, 0, 0, 0),
        confidence=(),
        length=measure_length(0, _norm_kind(kind, None), duration_s),
        hypothetical=False,
        relevance=Relevance(None, None),
        scores=zero,
        remarks=(empty,),
        question_kind=kind.to_dict(),
        top_three=(empty,),
    )
