"""How a spoken answer was delivered, measured from its word timings.

Pace in words per minute (overall and window by window), fillers per minute, long pauses with the
words around them, and speaking time against the range for the kind of question. Every remark
names the moment it is about ("at 0:42 a 4-second pause before the result").
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from secondround.core.voice.config import delivery_config

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_SENTENCE_END = re.compile(r"[.!?]$")
PART_WORDS = {"S": "the situation", "T": "the task", "A": "the action", "R": "the result"}


@dataclass(frozen=True)
class Word:
    """One recognised word: its text as transcribed and when it was spoken, in seconds."""

    text: str
    start: float
    end: float
    probability: float = 1.0


@dataclass(frozen=True)
class Filler:
    at: float
    text: str


@dataclass(frozen=True)
class Pause:
    at: float
    seconds: float
    before: str  # the words that follow the pause
    part: str | None  # the STAR part the next words belong to, when known


@dataclass(frozen=True)
class PaceWindow:
    start: float
    end: float
    words: int
    wpm: int


@dataclass(frozen=True)
class VoiceRemark:
    at: float | None
    kind: str
    message: str


@dataclass(frozen=True)
class Delivery:
    speaking_seconds: float
    words: int
    wpm: int
    pace: str  # "slow", "steady", "fast" or "unknown" (too few words)
    windows: list[PaceWindow]
    fillers: list[Filler]
    fillers_per_minute: float
    pauses: list[Pause]
    min_seconds: int | None
    max_seconds: int | None
    length: str  # "short", "in range", "long" or "unknown"
    remarks: list[VoiceRemark] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def clock(seconds: float) -> str:
    """A moment in an answer as people say it: 0:07, 1:42, 12:05."""
    # Rounded to the tenth first, so 23.99999 s (float sums of timings) reads as 0:24.
    whole = max(0, int(round(seconds, 1)))
    return f"{whole // 60}:{whole % 60:02d}"


def _bare(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def find_fillers(words: list[Word]) -> list[Filler]:
    """Fillers in order: sounds (um, uh), phrases (you know) and set-off words (", like,")."""
    config = delivery_config()["fillers"]
    sounds = set(config["sounds"])
    phrases = {tuple(p.split()) for p in config["phrases"]}
    set_off = set(config["set_off"])
    found: list[Filler] = []
    index = 0
    while index < len(words):
        word = words[index]
        bare = _bare(word.text)
        pair = (bare, _bare(words[index + 1].text)) if index + 1 < len(words) else None
        # "you know," is a filler; "you know the answer" is not, so a phrase must be set off too.
        if pair in phrases and (
            _sets_off(words, index + 1) or _starts_sentence(words, index) or pair[0] == "sort"
        ):
            found.append(Filler(word.start, f"{pair[0]} {pair[1]}"))
            index += 2
            continue
        if bare in sounds or (
            bare in set_off and (_starts_sentence(words, index) or _sets_off(words, index))
        ):
            found.append(Filler(word.start, bare))
        index += 1
    return found


def _starts_sentence(words: list[Word], index: int) -> bool:
    return index == 0 or bool(_SENTENCE_END.search(words[index - 1].text.strip()))


def _sets_off(words: list[Word], index: int) -> bool:
    """The word at `index` is followed by a comma, or the one before it ends with one."""
    here = words[index].text.strip()
    before = words[index - 1].text.strip() if index else ""
    return here.endswith(",") or before.endswith(",")


def find_pauses(
    words: list[Word], parts: list[str | None] | None = None, long_seconds: float | None = None
) -> list[Pause]:
    """Silences between words longer than the threshold, with the words that follow each."""
    limit = (
        long_seconds if long_seconds is not None else delivery_config()["pauses"]["long_seconds"]
    )
    pauses: list[Pause] = []
    for index in range(1, len(words)):
        gap = words[index].start - words[index - 1].end
        if gap > limit:
            following = " ".join(w.text.strip() for w in words[index : index + 5])
            # Named only where the pause falls between two parts: "before the result".
            part = None
            if parts is not None and index < len(parts) and parts[index] != parts[index - 1]:
                part = parts[index]
            pauses.append(Pause(words[index - 1].end, round(gap, 1), following, part))
    return pauses


def pace_windows(words: list[Word], window: float) -> list[PaceWindow]:
    """Words per minute in consecutive windows from the first word to the last."""
    if not words:
        return []
    origin = words[0].start
    last = words[-1].end
    windows: list[PaceWindow] = []
    start = origin
    while start < last:
        end = min(start + window, last)
        count = sum(1 for w in words if start <= w.start < end)
        span = end - start
        if span >= window / 2 or not windows:
            windows.append(PaceWindow(round(start, 1), round(end, 1), count, _wpm(count, span)))
        start += window
    return windows


def _wpm(words: int, seconds: float) -> int:
    return round(words * 60 / seconds) if seconds > 0 else 0


def align_parts(words: list[Word], sentences: list[tuple[str, str]]) -> list[str | None]:
    """The STAR part of each spoken word, from the coach's sentences (text, part) of the same text.

    Words are matched by counting: the coach's sentences are the transcript split up, so the n-th
    word of the transcript is the n-th word of the sentences.
    """
    labels: list[str | None] = []
    for text, part in sentences:
        labels.extend([part] * len(_WORD.findall(text)))
    out: list[str | None] = []
    position = 0
    for word in words:
        count = len(_WORD.findall(word.text))
        out.append(labels[position] if position < len(labels) else None)
        position += count
    return out


def measure_delivery(
    words: list[Word],
    *,
    min_seconds: int | None = None,
    max_seconds: int | None = None,
    sentences: list[tuple[str, str]] | None = None,
) -> Delivery:
    """Pace, fillers, pauses and length of a spoken answer, with remarks pointing at moments.

    `min_seconds`/`max_seconds` are the speaking-time range for the kind of question; `sentences`
    (the coach's sentences with their STAR parts) lets a pause say which part it came before.
    """
    config = delivery_config()
    spoken = [w for w in words if _WORD.search(w.text)]
    if not spoken:
        return Delivery(0.0, 0, 0, "unknown", [], [], 0.0, [], min_seconds, max_seconds, "unknown")
    seconds = max(spoken[-1].end - spoken[0].start, 0.0)
    count = sum(len(_WORD.findall(w.text)) for w in spoken)
    wpm = _wpm(count, seconds)
    pace_config = config["pace"]
    pace = _pace_verdict(wpm, count, pace_config)
    windows = pace_windows(spoken, float(pace_config["window_seconds"]))
    fillers = find_fillers(spoken)
    per_minute = round(len(fillers) * 60 / seconds, 1) if seconds > 0 else 0.0
    parts = align_parts(spoken, sentences) if sentences else None
    pauses = find_pauses(spoken, parts, float(config["pauses"]["long_seconds"]))
    length = _length_verdict(seconds, min_seconds, max_seconds)
    delivery = Delivery(
        round(seconds, 1),
        count,
        wpm,
        pace,
        windows,
        fillers,
        per_minute,
        pauses,
        min_seconds,
        max_seconds,
        length,
    )
    delivery.remarks.extend(_remarks(delivery, config))
    return delivery


def _pace_verdict(wpm: int, words: int, config: dict[str, Any]) -> str:
    if words < 10:
        return "unknown"
    if wpm < config["slow_below"]:
        return "slow"
    if wpm > config["fast_above"]:
        return "fast"
    return "steady"


def _length_verdict(seconds: float, low: int | None, high: int | None) -> str:
    if low is None or high is None:
        return "unknown"
    if seconds < low:
        return "short"
    if seconds > high:
        return "long"
    return "in range"


def _remarks(delivery: Delivery, config: dict[str, Any]) -> list[VoiceRemark]:
    pace = config["pace"]
    out: list[VoiceRemark] = []
    if delivery.pace == "fast":
        out.append(
            VoiceRemark(
                None,
                "pace",
                f"You spoke at {delivery.wpm} words a minute; slow down towards "
                f"{pace['ideal_low']}–{pace['ideal_high']} so each point lands.",
            )
        )
    elif delivery.pace == "slow":
        out.append(
            VoiceRemark(
                None,
                "pace",
                f"You spoke at {delivery.wpm} words a minute; a pace nearer "
                f"{pace['ideal_low']}–{pace['ideal_high']} keeps the listener with you.",
            )
        )
    steady = [w for w in delivery.windows if w.words >= pace["min_window_words"]]
    if len(steady) >= 2:
        fastest = max(steady, key=lambda w: w.wpm)
        if fastest.wpm > pace["fast_above"] and delivery.pace != "fast":
            out.append(
                VoiceRemark(
                    fastest.start,
                    "pace",
                    f"From {clock(fastest.start)} to {clock(fastest.end)} you sped up to "
                    f"{fastest.wpm} words a minute.",
                )
            )
    filler_config = config["fillers"]
    if delivery.fillers_per_minute > filler_config["noticeable_per_minute"]:
        common = _commonest([f.text for f in delivery.fillers])
        out.append(
            VoiceRemark(
                None,
                "fillers",
                f"{len(delivery.fillers)} fillers, {delivery.fillers_per_minute:g} a minute "
                f'(most often "{common}"); over {filler_config["noticeable_per_minute"]} a minute '
                "a listener notices. Pause silently instead.",
            )
        )
    cluster = _filler_cluster(
        delivery.fillers, filler_config["cluster_seconds"], filler_config["cluster_count"]
    )
    if cluster:
        said = ", ".join(f'"{f.text}"' for f in cluster)
        out.append(
            VoiceRemark(
                cluster[0].at,
                "fillers",
                f"At {clock(cluster[0].at)} {len(cluster)} fillers in a few seconds ({said}): "
                "know this part of the story better.",
            )
        )
    for pause in delivery.pauses:
        where = PART_WORDS.get(pause.part or "", f'"{pause.before}"')
        out.append(
            VoiceRemark(
                pause.at,
                "pause",
                f"At {clock(pause.at)} a {pause.seconds:g}-second pause before {where}.",
            )
        )
    if delivery.length == "short":
        out.append(
            VoiceRemark(
                None,
                "length",
                f"You spoke for {round(delivery.speaking_seconds)} seconds; this kind of question "
                f"wants {delivery.min_seconds}–{delivery.max_seconds}.",
            )
        )
    elif delivery.length == "long":
        out.append(
            VoiceRemark(
                delivery.max_seconds,
                "length",
                f"You spoke for {clock(delivery.speaking_seconds)}; past "
                f"{clock(delivery.max_seconds or 0)} an interviewer starts to drift — cut the "
                "scene-setting.",
            )
        )
    return out


def _commonest(texts: list[str]) -> str:
    return max(dict.fromkeys(texts), key=texts.count)


def _filler_cluster(fillers: list[Filler], seconds: float, count: int) -> list[Filler]:
    """The first run of `count` or more fillers within `seconds`, or []."""
    for start in range(len(fillers)):
        run = [f for f in fillers[start:] if f.at - fillers[start].at <= seconds]
        if len(run) >= count:
            return run
    return []
