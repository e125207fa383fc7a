"""The stories that fit a question best, each with the reasons a person can check.

A question's competency comes from the bank, or from a classifier for a typed question (its own
words, and the bank question it is closest to). A story scores on three things: the competency
(confirmed by the user counts most, one the text only suggests counts less), the words it shares
with the question (rarer words count more), and, with the semantic extra, closeness in meaning
of the question to each part of the story.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from secondround.core.competencies import competency_label
from secondround.core.questions.bank import Bank, Question, load_bank
from secondround.core.semantic import DIMENSIONS
from secondround.core.stories.story import Story
from secondround.core.stories.suggest import competency_hits
from secondround.core.text.words import content_words, keyword_stem

# Weights of the three signals, tuned on the dev split of benchmarks/data/story_match.
WEIGHTS_WORDS = {"competency": 0.62, "suggested": 0.18, "words": 0.38}
WEIGHTS_SEMANTIC = {"competency": 0.5, "suggested": 0.1, "words": 0.2, "meaning": 0.45}
# A classified competency this sure counts fully; below it, in proportion.
CERTAIN = 2.0
# A story told in an earlier round: a fresh one is preferred, unless the question goes deeper.
TOLD_BEFORE_PENALTY = 0.12
DEEPER_BONUS = 0.2
# Title and action say most about what a story shows.
_PART_WEIGHT = {"title": 2.0, "situation": 0.7, "task": 1.0, "action": 1.2, "result": 1.0}
_DEEPER = re.compile(
    r"\b(you mentioned|you said|you told|last time|earlier round|first interview|round one|"
    r"first round|go deeper|more detail|tell me more|expand on|come back to|back to the)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class QuestionInfo:
    """A question as matching sees it: its competency and where that came from."""

    text: str
    competency: str | None = None
    # "bank" (the question's own), "classified" (from its words) or "" (none found).
    source: str = ""
    evidence: str = ""
    kind: str = "competency"
    vector: tuple[float, ...] | None = None
    # For a classified question: the likeliest competencies with their shares (summing to ~1).
    likely: tuple[tuple[str, float], ...] = ()

    def shares(self) -> dict[str, float]:
        """Competency -> how sure we are it is the one asked about (1 for a bank question)."""
        if self.likely:
            return dict(self.likely)
        return {self.competency: 1.0} if self.competency else {}

    @property
    def deeper(self) -> bool:
        """Asks to go back over what was said in an earlier round."""
        return self.kind == "first_interview" or bool(_DEEPER.search(self.text))

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "competency": self.competency,
            "source": self.source,
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class Match:
    story: Story
    score: int
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON of `secondround match`: story id, title, score, reasons."""
        return {
            "story": self.story.key,
            "title": self.story.title,
            "score": self.score,
            "reasons": list(self.reasons),
        }


def _stems(text: str) -> list[str]:
    return [keyword_stem(w) for w in content_words(text)]


@lru_cache(maxsize=1)
def _bank_words(bank: Bank) -> tuple[tuple[Question, frozenset[str]], ...]:
    return tuple((q, frozenset(_stems(q.text))) for q in bank.questions)


def question_from_bank(question: Question) -> QuestionInfo:
    return QuestionInfo(
        question.text,
        question.competency,
        "bank" if question.competency else "",
        f"a {competency_label(question.competency)} question of the bank"
        if question.competency
        else "",
        question.kind,
    )


# How many of the nearest bank questions vote on a typed question's competency.
NEIGHBOURS = 5
PHRASE_VOTE = 0.6


def classify_question(
    text: str, bank: Bank | None = None, vector: Sequence[float] | None = None
) -> QuestionInfo:
    """The question's competency with its evidence: the bank's own for a bank question, else a
    vote of its words ("disagreed") and of the bank questions nearest to it (in meaning when
    vectors are at hand, else in words). `likely` keeps the runners-up with their shares."""
    bank = bank or load_bank()
    folded = " ".join(text.split()).casefold()
    vec = tuple(vector) if vector is not None else None
    for q in bank.questions:
        if q.text.casefold() == folded:
            return replace(question_from_bank(q), vector=vec)
    votes: dict[str, float] = {}
    evidence: dict[str, str] = {}
    for key, phrases in competency_hits(text).items():
        votes[key] = votes.get(key, 0.0) + PHRASE_VOTE * len(phrases)
        evidence[key] = f"its words “{'”, “'.join(phrases[:2])}”"
    neighbours = _nearest_bank_questions(text, bank, vec)
    for q, closeness in neighbours:
        if q.competency:
            key = str(q.competency)
            votes[key] = votes.get(key, 0.0) + closeness
            evidence.setdefault(key, f"close to the bank question “{q.text}”")
    if not votes:
        kind = neighbours[0][0].kind if neighbours else "experience"
        return QuestionInfo(text, None, "", "", kind, vec)
    total = sum(votes.values())
    likely = tuple(sorted(((k, v / total) for k, v in votes.items()), key=lambda kv: -kv[1])[:3])
    key = likely[0][0]
    return QuestionInfo(text, key, "classified", evidence[key], "competency", vec, likely)


def _nearest_bank_questions(
    text: str, bank: Bank, vector: tuple[float, ...] | None
) -> list[tuple[Question, float]]:
    """The bank questions closest to `text`, with closeness 0-1: by meaning when vectors are at
    hand, else by shared words."""
    if vector is not None:
        from secondround.core.semantic import nearest_bank_questions

        found = nearest_bank_questions(vector, bank, NEIGHBOURS)
        if found:
            return found
    words = frozenset(_stems(text))
    if not words:
        return []
    scored = []
    for q, qwords in _bank_words(bank):
        if qwords:
            overlap = len(words & qwords) / math.sqrt(len(words) * len(qwords))
            if overlap > 0.25:
                scored.append((q, overlap))
    return sorted(scored, key=lambda t: -t[1])[:NEIGHBOURS]


class StoryIndex:
    """The stories prepared once for scoring many questions against them."""

    def __init__(self, stories: Sequence[Story]) -> None:
        self.stories = tuple(stories)
        self._words: list[dict[str, float]] = []
        self._suggested: list[dict[str, list[str]]] = []
        documents: Counter[str] = Counter()
        for story in self.stories:
            weights: dict[str, float] = {}
            texts = {"title": story.title, **story.parts}
            for part, text in texts.items():
                for word in _stems(text):
                    weights[word] = max(weights.get(word, 0.0), _PART_WEIGHT[part])
            for tag in story.tags:
                for word in _stems(tag):
                    weights[word] = max(weights.get(word, 0.0), 1.5)
            self._words.append(weights)
            documents.update(weights.keys())
            self._suggested.append(competency_hits(f"{story.title}\n{story.text}"))
        n = max(1, len(self.stories))
        # Smoothed inverse document frequency: a word in every story says little.
        self._idf = {w: math.log(1 + n / c) for w, c in documents.items()}
        self._default_idf = math.log(1 + n)
        self.semantic = bool(self.stories) and all(s.vectors for s in self.stories)
        self._parts: Any = None
        if self.semantic:
            import numpy as np

            # (stories, parts, 384): every part of every story, scored in one product.
            width = max(len(s.vectors or ()) for s in self.stories)
            parts = np.zeros((len(self.stories), width, DIMENSIONS))
            for i, story in enumerate(self.stories):
                for j, vector in enumerate(story.vectors or ()):
                    parts[i, j] = vector
            self._parts = parts.astype(np.float32)

    def _meaning(self, vector: Sequence[float]) -> list[float]:
        """0-1 per story from the best and mean cosine over its parts (unit vectors)."""
        import numpy as np

        sims = self._parts @ np.asarray(vector, dtype=np.float32)
        present = np.abs(self._parts).sum(axis=2) > 0
        best = np.where(present, sims, -1.0).max(axis=1)
        mean = np.where(present, sims, 0.0).sum(axis=1) / np.maximum(present.sum(axis=1), 1)
        # MiniLM cosines for unrelated English sit near 0.1, close paraphrases above 0.6.
        closeness = np.clip((0.7 * best + 0.3 * mean - 0.15) / 0.5, 0.0, 1.0)
        return [float(x) for x in closeness]

    def scores(self, question: QuestionInfo) -> list[tuple[float, tuple[str, ...]]]:
        """(fit 0-1, reasons) for each story, in the stories' order."""
        said = {keyword_stem(w): w for w in content_words(question.text)}
        qwords = set(said)
        total = sum(self._idf.get(w, self._default_idf) for w in qwords) or 1.0
        use_meaning = self.semantic and question.vector is not None
        weights = WEIGHTS_SEMANTIC if use_meaning else WEIGHTS_WORDS
        label = competency_label(question.competency) if question.competency else ""
        shares = question.shares()
        meaning = self._meaning(question.vector) if use_meaning and question.vector else []
        out: list[tuple[float, tuple[str, ...]]] = []
        for i, story in enumerate(self.stories):
            reasons: list[str] = []
            fit = 0.0
            key = question.competency
            confirmed = max((shares.get(k, 0.0) for k in story.competencies), default=0.0)
            if confirmed:
                fit += weights["competency"] * min(1.0, confirmed * CERTAIN)
                best_key = max(story.competencies, key=lambda k: shares.get(k, 0.0))
                reasons.append(
                    f"Shows {competency_label(best_key)}, a competency you confirmed for it."
                )
            elif key and key in self._suggested[i]:
                phrases = self._suggested[i][key]
                fit += weights["suggested"] * min(1.0, len(phrases) / 2)
                reasons.append(f"May show {label}: “{'”, “'.join(phrases[:2])}”.")
            shared = [w for w in qwords if w in self._words[i]]
            if shared:
                mass = sum(self._idf.get(w, self._default_idf) * self._words[i][w] for w in shared)
                fit += weights["words"] * min(1.0, mass / total)
                shown = sorted(shared, key=lambda w: -self._idf.get(w, 0.0))[:4]
                reasons.append(f"Shares the words {', '.join(said[w] for w in shown)}.")
            if meaning:
                closeness = meaning[i]
                fit += weights["meaning"] * closeness
                if closeness >= 0.5:
                    reasons.append(f"Close in meaning to the question ({round(100 * closeness)}%).")
            if story.told_before:
                if question.deeper:
                    fit += DEEPER_BONUS
                    reasons.append(
                        "You told it in an earlier round, and this question goes back to it."
                    )
                else:
                    fit -= TOLD_BEFORE_PENALTY
                    reasons.append("Told in an earlier round: a fresh story is better here.")
            out.append((max(0.0, min(1.0, fit)), tuple(reasons)))
        return out

    def match(self, question: QuestionInfo, limit: int = 5) -> list[Match]:
        """The best stories for the question, best first; those that share nothing are left out."""
        ranked = sorted(
            (
                (fit, reasons, i)
                for i, (fit, reasons) in enumerate(self.scores(question))
                if fit > 0 and reasons
            ),
            key=lambda t: (-t[0], t[2]),
        )
        return [Match(self.stories[i], round(100 * fit), r) for fit, r, i in ranked[:limit]]


def match_question(
    question: str | QuestionInfo, stories: Sequence[Story], limit: int = 5
) -> list[Match]:
    """The stories that fit a question best, each with its reasons (see `StoryIndex`)."""
    info = classify_question(question) if isinstance(question, str) else question
    return StoryIndex(stories).match(info, limit)
