"""`secondround practice --speak`: questions read aloud offline, and a recording as an answer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secondround.practice.models import PracticeAnswer
from tests.voice_clips import answer_clip


@pytest.fixture
def no_player(monkeypatch: pytest.MonkeyPatch) -> None:
    # No sound in the test run: the question's audio is rendered, and its file named instead.
    monkeypatch.setattr("secondround.cli.voice.PLAYERS", ())


def test_each_question_is_spoken_and_a_recording_is_the_answer(
    cli: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
    make_interview: Any,
    no_player: None,
    settings: Any,
) -> None:
    interview = make_interview()
    stdin = f"@{answer_clip()}\n.\n.\n"
    code, out, err = cli(
        "practice",
        str(interview.pk),
        "--length",
        "3",
        "--speak",
        stdin=stdin.encode(),
    )
    assert code == 0, err
    assert "the question is" in out
    assert list((Path(settings.SECONDROUND_HOME) / "speech").glob("*.wav"))
    assert "Heard:" in out
    assert "words a minute" in out
    stored = PracticeAnswer.objects.get(position=0, is_probe=False)
    assert "supplier" in stored.text.lower()
    assert stored.duration_s is not None and 8 < stored.duration_s < 20


def test_a_bad_recording_is_explained_and_typing_still_works(
    tmp_path: Path,
    cli: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
    make_interview: Any,
    no_player: None,
) -> None:
    interview = make_interview()
    junk = tmp_path / "answer.webm"
    junk.write_bytes(b"not audio" * 50)
    typed = "I set up a weekly review and late orders fell by half."
    stdin = f"@{junk}\n.\n{typed}\n.\n.\n"
    code, out, err = cli(
        "practice",
        str(interview.pk),
        "--length",
        "3",
        "--speak",
        stdin=stdin.encode(),
    )
    assert code == 0, err
    assert "is not audio secondround can read" in out
    assert PracticeAnswer.objects.get(position=0, is_probe=False).text == typed
