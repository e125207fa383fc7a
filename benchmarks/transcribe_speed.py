"""Real-time factor, memory and cold load of transcription, for whisper base and tiny.en.

    python benchmarks/transcribe_speed.py [--models base tiny.en] [--threads 2]

A two-minute answer (the benchmark scripts, spoken by piper and joined with their pauses, repeated
to 120 s) is transcribed once per model in a fresh process, word timestamps on, the way the app
does it. Reports the cold model load, the transcription time over the audio's length (real-time
factor; the target is under 0.3 with base on 2 cores) and the process's peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET_RTF_BASE = 0.3


def build_answer(folder: Path) -> Path:
    import voice_scripts

    parts: list[Path] = []
    for name, script in voice_scripts.SCRIPTS.items():
        path = folder / f"{name}.wav"
        voice_scripts.render(script, "piper", 1.0, path)
        parts.append(path)
    once = folder / "once.wav"
    subprocess.run(["sox", "-V1", *map(str, parts), str(once)], check=True)
    answer = folder / "answer-120s.wav"
    # Repeated until it lasts two minutes, then cut at exactly 120 s.
    subprocess.run(
        ["sox", "-V1", str(once), str(answer), "repeat", "5", "trim", "0", "120"], check=True
    )
    return answer


def measure(model: str, audio: Path, threads: int) -> dict[str, float | str]:
    """Run in a child process so memory and the cold load are its own."""
    code = f"""
import json, os, resource, time
from pathlib import Path
os.environ["OMP_NUM_THREADS"] = "{threads}"
from secondround.services import transcription
# The base model's one-off join into the data folder is not part of the cold load.
folder = transcription.model_folder({model!r}, Path({str(audio.parent)!r}))
start = time.perf_counter()
import faster_whisper
whisper = faster_whisper.WhisperModel(str(folder), device="cpu", compute_type="int8",
                                      cpu_threads={threads})
load = time.perf_counter() - start
audio = transcription.read_audio(Path({str(audio)!r}))
start = time.perf_counter()
segments, info = whisper.transcribe(audio, language="en", word_timestamps=True,
    initial_prompt=transcription.FILLER_PROMPT, beam_size=5, condition_on_previous_text=False)
words = sum(len(s.words or []) for s in segments)
took = time.perf_counter() - start
print(json.dumps({{"load_s": load, "transcribe_s": took, "audio_s": info.duration,
    "words": words, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["model"] = model
    result["rtf"] = result["transcribe_s"] / result["audio_s"]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=["base", "tiny.en"])
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        audio = build_answer(Path(tmp))
        print(f"{'model':8} {'load s':>7} {'audio s':>8} {'took s':>7} {'RTF':>6} {'peak MB':>8}")
        failed = False
        for model in args.models:
            r = measure(model, audio, args.threads)
            print(
                f"{model:8} {r['load_s']:7.2f} {r['audio_s']:8.1f} {r['transcribe_s']:7.1f} "
                f"{r['rtf']:6.3f} {r['peak_mb']:8.0f}"
            )
            if model == "base" and r["rtf"] > TARGET_RTF_BASE:
                failed = True
        print(f"cores: {os.cpu_count()}, threads: {args.threads}")
        if failed:
            print(f"base is over the {TARGET_RTF_BASE}x real-time target on this machine.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
