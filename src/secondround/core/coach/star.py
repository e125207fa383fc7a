"""Label each sentence S, T, A, R or O, with the evidence that decided it.

Each sentence gets a score per part from linguistic cues (`data/coach/star_cues.yaml`: tense,
task and result markers, preambles, generic beliefs, hypotheticals), plus a prior by its position.
A Viterbi pass then picks the best sequence of labels with mild preferences for STAR order and for
runs of one part, so a lone ambiguous sentence takes the part of its neighbours, while a result
told first stays a result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from secondround.core.coach.data import CoachDataError, read_coach_yaml
from secondround.core.coach.feedback import PARTS
from secondround.core.text.words import irregular_past

# Past forms that describe a state or a wish, not an action the speaker took.
_STATIVE = frozenset((
    "was", "were", "had", "knew", "felt", "thought", "wanted", "needed", "liked", "loved",
    "hated", "hoped", "seemed", "believed", "meant", "used", "supposed", "tired", "interested",
    "worried", "excited", "bored", "scared", "concerned", "pleased", "based", "involved",
    "called", "named", "learned", "learnt", "volunteered", "shed", "bed", "red", "need", "feed",
    "speed", "seed", "weed",
))  # fmt: skip
_ADV = (
    r"(?:(?:then|also|just|quickly|immediately|first|eventually|finally|later|actually|personally|"
    r"really|basically|soon|straight away|instead|even|still|already|never|always|initially|"
    r"specifically|carefully|gradually|simply|therefore|again|and|so|both) )*"
)
_START = r"^(?:(?:and|so|but|yeah|okay|ok|well|oh|right|now|then|anyway|honestly) )*"
# "As a result", "as a team"...: not a role.
_NOT_AS = r"(?!(?:result|team|whole|consequence|example|rule|group|matter|first|last|way|side)\b)"
_FILLER = re.compile(
    r"\b(?:u+m+|u+h+|e+r+m*|a+h+|hmm+|you know|i mean|kind of|sort of|like i said)\b|"
    r"(?:(?<=,)|(?<=^)) ?like(?= ?,)|, like\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand", "million", "billion", "half", "dozen",
]  # fmt: skip
_NUMBER = re.compile(
    r"\b\d[\d,.]*(?:k|m|bn)?\b|\b(?:"
    + "|".join(_NUMBER_WORDS)
    + r")(?:[- ](?:"
    + "|".join(_NUMBER_WORDS)
    + r"|and|one))*\b"
)
_NON_WORD = re.compile(r"[^a-z0-9%£$€' ]+")
_SPACES = re.compile(r" {2,}")
_WORDS = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True)
class Cue:
    label: str
    name: str
    weight: float
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Model:
    cues: tuple[Cue, ...]
    position: dict[str, tuple[float, float, float]]
    base: dict[str, float]
    edges: dict[str, float]
    transitions: dict[str, dict[str, float]]


def clean(sentence: str) -> str:
    """The sentence as the cues see it: lower case, no fillers, numbers as 9, plain spaces."""
    text = sentence.replace("’", "'").replace("‘", "'")
    text = _FILLER.sub(" ", text).lower()
    text = _NUMBER.sub(" 9 ", text)
    text = _NON_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=1)
def model() -> Model:
    """The cue model from star_cues.yaml, compiled once; CoachDataError if it is malformed."""
    data = read_coach_yaml("star_cues.yaml")
    if not isinstance(data.get("cues"), dict):
        raise CoachDataError("star_cues.yaml must hold a 'cues' mapping by part.")
    past = "|".join(sorted(irregular_past() - _STATIVE, key=len, reverse=True))
    # Irregular pasts keep their prefixes: "rewrote", "oversaw", "undertook".
    verb = rf"(?!(?:{'|'.join(_STATIVE)})\b)(?:[a-z]{{2,}}ed|(?:re|over|under|out|mis)?(?:{past}))"
    cues: list[Cue] = []
    for label, entries in data["cues"].items():
        if label not in PARTS or not isinstance(entries, list):
            raise CoachDataError(f"star_cues.yaml: unknown part {label!r} or cues not a list.")
        for entry in entries:
            try:
                source = (
                    str(entry["pattern"])
                    .replace("{PAST}", verb)
                    .replace("{ADV}", _ADV)
                    .replace("{WE}", "(?:i|we)")
                    .replace("{START}", _START)
                    .replace("{NOT_AS}", _NOT_AS)
                )
                cues.append(
                    Cue(label, str(entry["name"]), float(entry["weight"]), re.compile(source))
                )
            except (KeyError, TypeError, ValueError, re.error) as exc:
                raise CoachDataError(f"star_cues.yaml: bad cue under {label}: {exc}") from exc
    try:
        position = {p: tuple(float(v) for v in data["position"][p]) for p in PARTS}
        base = {p: float(data["base"][p]) for p in PARTS}
        edges = {k: float(v) for k, v in data["edges"].items()}
        transitions = {
            a: {b: float(data["transitions"].get(a, {}).get(b, 0.0)) for b in PARTS} for a in PARTS
        }
    except (KeyError, TypeError, ValueError) as exc:
        raise CoachDataError(
            f"star_cues.yaml: position, base, edges or transitions: {exc}"
        ) from exc
    if any(len(v) != 3 for v in position.values()):
        raise CoachDataError("star_cues.yaml: each position prior needs three values.")
    return Model(tuple(cues), position, base, edges, transitions)  # type: ignore[arg-type]


def label_sentences(sentences: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    """A STAR part and its evidence (cue names) for each sentence, in order."""
    if not sentences:
        return []
    m = model()
    n = len(sentences)
    emissions: list[dict[str, float]] = []
    found: list[dict[str, list[str]]] = []
    for i, sentence in enumerate(sentences):
        scores, names = _emission(m, clean(sentence), i, n)
        emissions.append(scores)
        found.append(names)
    path = _viterbi(m, emissions)
    out: list[tuple[str, tuple[str, ...]]] = []
    for i, label in enumerate(path):
        evidence = list(found[i][label])
        best_alone = max(emissions[i], key=lambda p: emissions[i][p])
        if not evidence:
            evidence.append("position in the answer")
        if best_alone != label:
            evidence.append("fits the sentences around it")
        out.append((label, tuple(evidence)))
    return out


def _emission(m: Model, text: str, i: int, n: int) -> tuple[dict[str, float], dict[str, list[str]]]:
    r = i / (n - 1) if n > 1 else 0.0
    scores: dict[str, float] = {}
    for part in PARTS:
        a, mid, b = m.position[part]
        prior = a + (mid - a) * (r / 0.5) if r <= 0.5 else mid + (b - mid) * ((r - 0.5) / 0.5)
        scores[part] = m.base[part] + prior
    names: dict[str, list[str]] = {p: [] for p in PARTS}
    for cue in m.cues:
        if cue.weight and cue.pattern.search(text):
            scores[cue.label] += cue.weight
            names[cue.label].append(cue.name)
    if i == 0:
        scores["O"] += m.edges.get("first_O", 0.0)
    if i == n - 1 and n > 1:
        scores["O"] += m.edges.get("last_O", 0.0)
    if len(_WORDS.findall(text)) <= 3:
        scores["O"] += m.edges.get("very_short_O", 0.0)
        names["O"].append("hardly any words")
    return scores, names


def _viterbi(m: Model, emissions: list[dict[str, float]]) -> list[str]:
    best = dict(emissions[0])
    back: list[dict[str, str]] = []
    for scores in emissions[1:]:
        step: dict[str, float] = {}
        pointers: dict[str, str] = {}
        for part in PARTS:
            prev = max(PARTS, key=lambda q: best[q] + m.transitions[q][part])
            step[part] = best[prev] + m.transitions[prev][part] + scores[part]
            pointers[part] = prev
        best = step
        back.append(pointers)
    last = max(PARTS, key=lambda p: best[p])
    path = [last]
    for pointers in reversed(back):
        path.append(pointers[path[-1]])
    return path[::-1]
