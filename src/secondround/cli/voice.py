"""`secondround coach --audio FILE`: a recording transcribed offline, its delivery and feedback."""

from __future__ import annotations

from pathlib import Path

from rich.table import Table
from rich.text import Text

from secondround.cli.exit_codes import ExitStatus
from secondround.cli.output import console, fail, plain, print_json, safe
from secondround.config import ConfigError, ensure_home, load_config
from secondround.core.voice import Delivery, clock
from secondround.services.transcription import MODELS, TranscriptionError

# Why a recording failed, and the status a script sees for it.
STATUSES = {
    "missing": ExitStatus.NEEDS_EXTRA,
    "not-audio": ExitStatus.BAD_INPUT,
    "too-long": ExitStatus.BAD_INPUT,
    "too-big": ExitStatus.BAD_INPUT,
    "silent": ExitStatus.NOTHING_TO_DO,
    "model": ExitStatus.ERROR,
}


def coach_spoken(
    audio: Path, question: str, job_text: str | None, as_json: bool, model: str
) -> None:
    """Transcribe, measure and coach one recording, printing it or its JSON."""
    from secondround.services.voice import coach_recording

    if model and model not in MODELS:
        fail(f"There is no model {model!r}; choose {' or '.join(MODELS)}.", ExitStatus.USAGE)
    if audio.is_dir():
        fail(
            f"{audio} is a folder; give a recording (.wav, .mp3, .m4a, .webm, .ogg).",
            ExitStatus.BAD_INPUT,
        )
    if not audio.exists():
        fail(f"{audio} does not exist; check the file name.", ExitStatus.NOT_FOUND)
    try:
        home = load_config().home
        ensure_home(home)
        spoken = coach_recording(audio, home, question or None, job_text, model or None)
    except ConfigError as exc:
        fail(str(exc), ExitStatus.ERROR)
    except TranscriptionError as exc:
        fail(str(exc), STATUSES.get(exc.reason, ExitStatus.ERROR))
    if not spoken.feedback.sentences:
        fail(f"No words were heard in {audio.name}; record again.", ExitStatus.NOTHING_TO_DO)
    if as_json:
        print_json(spoken.to_dict())
        return
    from secondround.cli.coach import show

    console.print(Text("Transcript", style="bold"))
    console.print(Text(plain(spoken.transcript.text)))
    console.print()
    show_delivery(spoken.delivery)
    console.print()
    show(spoken.feedback)


def show_delivery(delivery: Delivery) -> None:
    """Pace, fillers, pauses and speaking time, then the remarks with their moments."""
    table = Table(show_header=False, box=None, padding=(0, 2))
    table.add_row("Pace", f"{delivery.wpm} words a minute ({delivery.pace})")
    table.add_row("Fillers", f"{len(delivery.fillers)} ({delivery.fillers_per_minute:g} a minute)")
    table.add_row("Long pauses", str(len(delivery.pauses)))
    wanted = (
        f" (aim for {delivery.min_seconds}–{delivery.max_seconds} s: {delivery.length})"
        if delivery.min_seconds is not None
        else ""
    )
    table.add_row("Speaking time", f"{clock(delivery.speaking_seconds)}{wanted}")
    if delivery.windows:
        table.add_row(
            "Pace over time",
            "  ".join(f"{clock(w.start)} {w.wpm}" for w in delivery.windows),
        )
    console.print(Text("Delivery", style="bold"))
    console.print(table)
    for remark in delivery.remarks:
        line = Text("  • ")
        line.append(plain(remark.message))
        console.print(line)


# Players tried in turn to read a question aloud; the first one installed is used.
PLAYERS = (
    ("aplay", "-q"),
    ("paplay",),
    ("ffplay", "-nodisp", "-autoexit", "-loglevel", "quiet"),
    ("afplay",),
)


def say_aloud(text: str) -> None:
    """Read the question aloud (offline voice, cached); say why not if it cannot be."""
    import shutil
    import subprocess

    from secondround.services.speech import SpeechUnavailable, spoken

    try:
        path = spoken(text, load_config().home)
    except (SpeechUnavailable, OSError, subprocess.SubprocessError) as exc:
        console.print(f"[dim]Not read aloud: {safe(exc)}[/]")
        return
    for player in PLAYERS:
        if shutil.which(player[0]):
            subprocess.run([*player, str(path)], check=False, timeout=120)
            return
    console.print(f"[dim]No audio player found (aplay, paplay, ffplay); the question is {path}[/]")


def spoken_answer(audio: Path) -> tuple[str, float] | None:
    """The transcript of a recorded answer and its speaking time, or None (reason printed)."""
    from secondround.core.voice import measure_delivery
    from secondround.services.transcription import TranscriptionError, transcribe

    if not audio.is_file():
        console.print(f"[red]{safe(audio)} is not a file; give @path/to/answer.m4a or type.[/]")
        return None
    try:
        transcript = transcribe(audio, load_config().home)
    except TranscriptionError as exc:
        console.print(f"[red]{safe(exc)}[/] Type the answer, or give another @FILE.")
        return None
    delivery = measure_delivery(transcript.words)
    console.print(Text("Heard: ", style="bold") + Text(plain(transcript.text)))
    show_delivery(delivery)
    return transcript.text, delivery.speaking_seconds
