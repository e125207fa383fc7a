"""Dry runs as the pages and the terminal see them: start, next step, answer, report, history.

A session's state is derived from its stored answers, never kept in the browser, so leaving
mid-way, resuming later or answering from two tabs loses nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Avg, Count
from django.utils import timezone

from secondround.core.coach import analyse_answer
from secondround.core.competencies import COMPETENCIES
from secondround.core.dry_run_scores import DryRunScores
from secondround.core.errors import UserError
from secondround.core.questions.plan import StoredQuestion
from secondround.interviews.models import Interview
from secondround.practice.models import PracticeAnswer, PracticeSession, SessionStatus
from secondround.services.planning import read_interview
from secondround.services.stories import attach_stories

# 3 is a quick warm-up; 5, 10 and 15 are the dry runs the product offers.
LENGTHS = (3, 5, 10, 15)
# An answer that scores this well, twice in recent dry runs, counts as mastered for planning.
MASTERED_SCORE = 80
MAX_ANSWER_CHARS = 20_000


class PracticeError(UserError, ValueError):
    """Something a person must fix; the message is one sentence."""


@dataclass(frozen=True)
class Step:
    position: int
    prompt: str
    is_probe: bool
    question: dict[str, Any]

    @property
    def number(self) -> int:
        return self.position + 1


@dataclass(frozen=True)
class ScorePair:
    """Two scores for the same answers, shown side by side in every report."""

    first: int  # the first answer alone: what an interviewer heard before any follow-up
    with_follow_up: int  # the first answer and its follow-up, coached together


@dataclass
class QuestionReport:
    position: int
    question: dict[str, Any]
    answer: PracticeAnswer | None
    probe_answer: PracticeAnswer | None
    attempts: int

    @property
    def scores(self) -> ScorePair | None:
        if self.answer is None:
            return None
        final = self.probe_answer or self.answer
        return ScorePair(self.answer.overall, final.overall)

    @property
    def overall(self) -> int | None:
        """The score with the follow-up, as the overall and the charts count it."""
        return self.scores.with_follow_up if self.scores else None

    @property
    def overall_with_follow_up(self) -> int | None:
        """The score of the first answer and its follow-up coached together (None without one)."""
        return self.probe_answer.overall if self.probe_answer else None


@dataclass
class SessionReport:
    session: PracticeSession
    questions: list[QuestionReport]
    overall: ScorePair | None
    # Competency questions by their competency; the others (salary, motivation…) by their kind.
    by_competency: dict[str, ScorePair] = field(default_factory=dict)
    by_kind: dict[str, ScorePair] = field(default_factory=dict)
    # The coach's part scores (structure, result…), with the follow-ups.
    scores: dict[str, int] = field(default_factory=dict)
    first_overall: int | None = None  # the first answers alone, before their follow-ups


def sessions_of(user: User) -> Any:
    return PracticeSession.objects.filter(owner=user).select_related("interview")


def mastered_competencies(user: User, interview: Interview) -> dict[str, float]:
    """Average recent score per competency for this user, from the last 30 days of dry runs.

    First answers only (a follow-up helps the answer, not the mastery), read as one aggregate
    over the competency each answer stores, however long the history.
    """
    since = timezone.now() - timedelta(days=30)
    rows = (
        PracticeAnswer.objects.filter(session__owner=user, is_probe=False, created_at__gte=since)
        .exclude(competency="")
        .values("competency")
        .annotate(answers=Count("id"), mean=Avg("overall"))
    )
    return {
        row["competency"]: float(row["mean"])
        for row in rows
        if row["answers"] >= 2 and row["mean"] >= MASTERED_SCORE
    }


def unfinished_session(user: User, interview: Interview) -> PracticeSession | None:
    """The latest dry run for this interview that still has questions to answer."""
    return (
        sessions_of(user)
        .filter(interview=interview, status=SessionStatus.IN_PROGRESS)
        .order_by("-created_at", "-id")
        .first()
    )


def recently_asked(user: User, interview: Interview, sessions: int = 3) -> set[str]:
    """Question ids of the last few dry runs, so the next one meets fresh wordings."""
    asked: set[str] = set()
    for plan in (
        sessions_of(user).filter(interview=interview).values_list("plan", flat=True)[:sessions]
    ):
        if isinstance(plan, list):
            asked.update(q["id"] for q in plan if _usable(q) and isinstance(q.get("id"), str))
    return asked


# A stored plan was written by this program or checked on import, but a row damaged some other
# way must cost one question, not every page that reads it.
def _usable(question: Any) -> bool:
    return isinstance(question, dict) and isinstance(question.get("text"), str)


def _question_at(plan: Any, position: int) -> dict[str, Any] | None:
    if isinstance(plan, list) and 0 <= position < len(plan) and _usable(plan[position]):
        return dict(plan[position])
    return None


def _readable(question: dict[str, Any]) -> dict[str, Any]:
    """The question with any label a page would show that is not text taken out."""
    return {
        key: value
        for key, value in question.items()
        if key not in ("competency", "kind", "reason", "for_person") or isinstance(value, str)
    }


def _competency(question: dict[str, Any] | None) -> str | None:
    key = question.get("competency") if question else None
    return key if isinstance(key, str) and key else None


def start_session(
    user: User,
    interview: Interview,
    length: int,
    asked_by: str = "",
    include_mastered: bool = False,
) -> PracticeSession:
    """Choose the questions and store a new dry run."""
    if length not in LENGTHS:
        raise PracticeError("Choose 3, 5, 10 or 15 questions.")
    reading = read_interview(
        interview,
        count=length,
        asked_by=asked_by or None,
        mastered=mastered_competencies(user, interview),
        include_mastered=include_mastered,
        recently_asked=recently_asked(user, interview),
        seed=sessions_of(user).filter(interview=interview).count(),
    )
    plan: list[StoredQuestion] = [q.to_dict() for q in reading.plan.questions]
    if not plan:
        raise PracticeError("No questions could be chosen for this interview.")
    attach_stories(user, interview, plan)
    return PracticeSession.objects.create(
        owner=user, interview=interview, asked_by=asked_by, length=length, plan=plan
    )


def _latest(session: PracticeSession) -> dict[tuple[int, bool], PracticeAnswer]:
    # `.all()` keeps the model's order (oldest first) and uses prefetched answers where the
    # caller has them (the history page), instead of one query per dry run.
    latest: dict[tuple[int, bool], PracticeAnswer] = {}
    for answer in session.answers.all():
        latest[(answer.position, answer.is_probe)] = answer
    return latest


def next_step(session: PracticeSession) -> Step | None:
    """The question (or follow-up probe) to ask now, or None when the dry run is complete."""
    # The latest answer's probe per question, from the stored summary: no feedback decoded.
    probes: dict[int, str] = {}
    probed: set[int] = set()
    for position, is_probe, probe in session.answers.order_by("created_at", "id").values_list(
        "position", "is_probe", "probe"
    ):
        if is_probe:
            probed.add(position)
        else:
            probes[position] = probe
    for position, question in enumerate(session.plan):
        if not _usable(question):
            continue
        if position not in probes:
            return Step(position, question["text"], False, question)
        probe = probes[position]
        if probe and position not in probed:
            return Step(position, probe, True, question)
    return None


def record_answer(
    session: PracticeSession,
    position: int,
    is_probe: bool,
    text: str,
    duration_s: float | None,
) -> PracticeAnswer:
    """Coach one answer and store it with its feedback; finish the session after the last step."""
    text = text.strip()
    if not text:
        raise PracticeError("Type your answer before sending it.")
    if len(text) > MAX_ANSWER_CHARS:
        raise PracticeError(f"That answer is over {MAX_ANSWER_CHARS:,} characters; shorten it.")
    if _question_at(session.plan, position) is None:
        raise PracticeError("That question is not part of this dry run.")
    if duration_s is not None and not 0 < duration_s < 3 * 3600:
        duration_s = None
    question = session.plan[position]
    main = None
    if is_probe:
        main = (
            session.answers.filter(position=position, is_probe=False)
            .order_by("-created_at")
            .first()
        )
        if main is None or not main.probe:
            raise PracticeError("That follow-up question was not asked.")
        prompt = main.probe
        # A probe answer completes the first one, so coach the two together.
        coached = analyse_answer(
            f"{main.text}\n{text}",
            question=question["text"],
            job=session.interview.job_description or None,
        )
    else:
        prompt = question["text"]
        # The time is kept for the report, but a typed answer's time is typing time, not
        # speaking time, so the coach estimates speaking time from the words instead.
        coached = analyse_answer(
            text, question=question["text"], job=session.interview.job_description or None
        )
    feedback = coached.to_dict()
    if is_probe:
        # The follow-up is asked once; a second probe would feel like an interrogation.
        feedback["probe"] = None
    with transaction.atomic():
        # One answer of a dry run is stored at a time (two tabs wait for each other), so the
        # scores stored below count every answer; SQLite serialises writes without this.
        list(PracticeSession.objects.select_for_update().filter(pk=session.pk).values("pk"))
        answer = PracticeAnswer.objects.create(
            session=session,
            position=position,
            is_probe=is_probe,
            prompt=prompt,
            text=text,
            duration_s=duration_s,
            feedback=feedback,
            overall=int(feedback["scores"]["overall"]),
        )
        session.refresh_scores()
        if next_step(session) is None and session.status != SessionStatus.FINISHED:
            session.status = SessionStatus.FINISHED
            session.finished_at = timezone.now()
            session.save(update_fields=["status", "finished_at"])
    return answer


def report(session: PracticeSession) -> SessionReport:
    """Scores per question (the latest answer, alone and with its probe), per competency, per
    kind of question and overall: one set of numbers for the web page and the terminal."""
    latest = _latest(session)
    attempts: dict[int, int] = defaultdict(int)
    for answer in session.answers.all():
        attempts[answer.position] += not answer.is_probe
    questions = [
        QuestionReport(
            position=position,
            question=_readable(question),
            answer=latest.get((position, False)),
            probe_answer=latest.get((position, True)),
            attempts=attempts[position],
        )
        for position, question in enumerate(session.plan if isinstance(session.plan, list) else [])
        if _usable(question)
    ]
    per_comp: dict[str, list[ScorePair]] = defaultdict(list)
    per_kind: dict[str, list[ScorePair]] = defaultdict(list)
    per_score: dict[str, list[float]] = defaultdict(list)
    answered: list[ScorePair] = []
    for q in questions:
        pair = q.scores
        if pair is None:
            continue
        answered.append(pair)
        competency = _competency(q.question)
        if competency is not None and competency in COMPETENCIES:
            per_comp[competency].append(pair)
        else:
            kind = q.question.get("kind")
            per_kind[kind if isinstance(kind, str) and kind else "other"].append(pair)
        final = q.probe_answer or q.answer
        assert final is not None
        stored = final.feedback.get("scores") if isinstance(final.feedback, dict) else None
        for name, value in (stored if isinstance(stored, dict) else {}).items():
            if isinstance(value, int | float):
                per_score[name].append(float(value))
    return SessionReport(
        session=session,
        questions=questions,
        overall=_mean(answered) if answered else None,
        by_competency={k: _mean(v) for k, v in per_comp.items()},
        by_kind={k: _mean(v) for k, v in per_kind.items()},
        scores={k: round(sum(v) / len(v)) for k, v in per_score.items()},
        first_overall=_mean(answered).first if answered else None,
    )


def _mean(pairs: list[ScorePair]) -> ScorePair:
    return ScorePair(
        round(sum(p.first for p in pairs) / len(pairs)),
        round(sum(p.with_follow_up for p in pairs) / len(pairs)),
    )


@dataclass(frozen=True)
class HistoryRow:
    """One dry run as the progress page lists it, read as plain values (no model built)."""

    pk: int
    created_at: datetime
    status: str
    company: str

    @property
    def status_label(self) -> str:
        return str(SessionStatus(self.status).label)


def history_rows(user: User) -> list[tuple[HistoryRow, DryRunScores]]:
    """Every dry run with answers, oldest first, with its stored scores, for the progress page."""
    # One row of values per dry run, its scores stored with it: no answer or feedback is read.
    rows = (
        sessions_of(user)
        .filter(overall__isnull=False)
        .order_by("created_at", "id")
        .values_list("pk", "created_at", "status", "interview__company", "summary")
    )
    return [
        (HistoryRow(pk, created_at, status, company), DryRunScores.from_dict(summary))
        for pk, created_at, status, company, summary in rows
    ]
