"""A spoken answer coached like a typed one: transcript, delivery measures and the coach's feedback.

The command line and the web both come through here; transcription itself is
`services.transcription` (the [voice] extra), the measures are `core.voice` (pure).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secondround.core.coach import Feedback, analyse_answer
from secondround.core.voice import Delivery, Word, measure_delivery
from secondround.services.transcription import Transcript, transcribe


@dataclass(frozen=True)
class SpokenAnswer:
    transcript: Transcript
    delivery: Delivery
    feedback: Feedback

    def to_dict(self) -> dict[str, Any]:
        """The coach's JSON (docs/coach.md) with "transcript" and "delivery" added."""
        return {
            **self.feedback.to_dict(),
            "transcript": self.transcript.to_dict(),
            "delivery": self.delivery.to_dict(),
        }


def coach_words(
    text: str, words: list[Word], question: str | None = None, job: str | None = None
) -> tuple[Delivery, Feedback]:
    """The delivery of the words and the coach's feedback on the (possibly corrected) text."""
    first = measure_delivery(words)
    feedback = analyse_answer(
        text, question=question, job=job, duration_s=first.speaking_seconds or None
    )
    delivery = measure_delivery(
        words,
        min_seconds=feedback.length.min_seconds,
        max_seconds=feedback.length.max_seconds,
        sentences=[(s.text, s.star) for s in feedback.sentences],
    )
    return delivery, feedback


def coach_recording(
    path: Path,
    home: Path,
    question: str | None = None,
    job: str | None = None,
    model: str | None = None,
) -> SpokenAnswer:
    """Transcribe a recording offline and coach it; TranscriptionError says what went wrong."""
    transcript = transcribe(path, home, model)
    delivery, feedback = coach_words(transcript.text, transcript.words, question, job)
    return SpokenAnswer(transcript, delivery, feedback)
