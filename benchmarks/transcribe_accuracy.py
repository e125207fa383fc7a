"""Word error rate, filler recall and delivery checks of transcription on synthetic answers.

    python benchmarks/transcribe_accuracy.py [--models tiny.en base] [--quick]

The answers are this project's scripts (benchmarks/voice_scripts.py) with "um", "uh" and "er" and
silences written in, spoken by piper's joe voice and espeak-ng at 0.85x, 1x and 1.25x, clean and
with white noise from sox. SYNTHETIC SPEECH IS EASIER THAN PEOPLE: steady pace, clear phones,
fillers pronounced as words. Real recordings will score worse; none are included here.

Reported per model: word error rate (fillers left out of both sides), filler recall with the
filler prompt the app uses and without it, how many of the inserted pauses over 2 s the delivery
measures find, and the measured pace.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import voice_scripts


def wer(ref: list[str], hyp: list[str]) -> float:
    """Levenshtein distance over words, divided by the reference's length."""
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, start=1):
        current = [i]
        for j, h in enumerate(hyp, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h)))
        previous = current
    return previous[-1] / max(len(ref), 1)


def _numbers(words: list[str]) -> list[str]:
    # Whisper writes "12" where the script says "twelve"; neither is wrong.
    spelled = {"two": "2", "six": "6", "twelve": "12", "twenty": "20", "four": "4", "half": "half"}
    return [spelled.get(w, w) for w in words]


def transcribe(model: object, path: Path, prompt: str | None) -> list[tuple[str, float, float]]:
    from secondround.services.transcription import read_audio

    segments, _ = model.transcribe(  # type: ignore[attr-defined]
        read_audio(path),
        language="en",
        word_timestamps=True,
        initial_prompt=prompt,
        beam_size=5,
        condition_on_previous_text=False,
    )
    return [(w.word, w.start, w.end) for s in segments for w in (s.words or [])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=["tiny.en", "base"])
    parser.add_argument("--quick", action="store_true", help="one speed, one voice, no noise")
    args = parser.parse_args()
    missing = voice_scripts.have_tools()
    if missing:
        print(f"Needs {', '.join(missing)}: scripts/install-system-deps installs them.")
        return 1
    import faster_whisper

    from secondround.core.voice import Word, find_fillers, measure_delivery
    from secondround.services.transcription import FILLER_PROMPT, model_folder

    engines = ["piper"] if args.quick else ["piper", "espeak"]
    speeds = [1.0] if args.quick else [0.85, 1.0, 1.25]
    noises = [0.0] if args.quick else [0.0, 0.03]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        clips = []
        for name, script in voice_scripts.SCRIPTS.items():
            for engine in engines:
                for speed in speeds:
                    for noise in noises:
                        path = folder / f"{name}-{engine}-{speed}-{noise}.wav"
                        voice_scripts.render(script, engine, speed, path, noise)
                        clips.append((name, engine, speed, noise, path))
        print(f"{len(clips)} clips; synthetic speech, easier than people.\n")
        header = f"{'model':8} {'WER':>6} {'fillers kept':>13} {'(no prompt)':>12} "
        print(header + f"{'pauses found':>13} {'median wpm':>11}")
        for name in args.models:
            model = faster_whisper.WhisperModel(
                str(model_folder(name, folder)), device="cpu", compute_type="int8", cpu_threads=2
            )
            errors: list[float] = []
            kept = {True: [0, 0], False: [0, 0]}
            pauses_found = pauses_total = 0
            paces: list[int] = []
            for script_name, _engine, _speed, _noise, path in clips:
                script = voice_scripts.SCRIPTS[script_name]
                ref_words = voice_scripts.words(voice_scripts.reference(script))
                ref_fillers = sum(ref_words.count(f) for f in voice_scripts.FILLER_SOUNDS)
                for prompted in (True, False):
                    got = transcribe(model, path, FILLER_PROMPT if prompted else None)
                    spoken = [Word(t, a, b) for t, a, b in got]
                    sounds = [
                        f
                        for f in find_fillers(spoken)
                        if f.text in ("um", "uh", "er", "erm", "umm", "uhm")
                    ]
                    kept[prompted][0] += min(len(sounds), ref_fillers)
                    kept[prompted][1] += ref_fillers
                    if prompted:
                        hyp = voice_scripts.words(" ".join(t for t, _, _ in got))
                        plain_ref = [w for w in ref_words if w not in voice_scripts.FILLER_SOUNDS]
                        plain_hyp = [w for w in hyp if w not in ("um", "uh", "er", "erm", "umm")]
                        errors.append(wer(_numbers(plain_ref), _numbers(plain_hyp)))
                        delivery = measure_delivery(spoken)
                        pauses_total += len(voice_scripts.pauses(script))
                        pauses_found += min(len(delivery.pauses), len(voice_scripts.pauses(script)))
                        paces.append(delivery.wpm)
            print(
                f"{name:8} {statistics.mean(errors):6.1%} "
                f"{kept[True][0] / kept[True][1]:13.0%} {kept[False][0] / kept[False][1]:12.0%} "
                f"{pauses_found:>6}/{pauses_total:<6} {statistics.median(paces):11.0f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
